import type { components } from "./generated/cloudhsmv2/schema.js";

/** The 18 operations of the CloudHSM v2 API (2017-04-28), in AWS's spelling. */
export const OPERATION_NAMES = [
  "CopyBackupToRegion",
  "CreateCluster",
  "CreateHsm",
  "DeleteBackup",
  "DeleteCluster",
  "DeleteHsm",
  "DeleteResourcePolicy",
  "DescribeBackups",
  "DescribeClusters",
  "GetResourcePolicy",
  "InitializeCluster",
  "ListTags",
  "ModifyBackupAttributes",
  "ModifyCluster",
  "PutResourcePolicy",
  "RestoreBackup",
  "TagResource",
  "UntagResource",
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

type Schemas = components["schemas"];

/** The request body of an operation. */
export type InputOf<Op extends OperationName> = Schemas[`${Op}Request`];

/** The 200 reply body of an operation. */
export type OutputOf<Op extends OperationName> = Schemas[`${Op}Response`];

/** The errors AWS models for this API; `CloudHsmInternalFailureException` is the only server fault. */
export const ERROR_NAMES = [
  "CloudHsmAccessDeniedException",
  "CloudHsmInternalFailureException",
  "CloudHsmInvalidRequestException",
  "CloudHsmResourceLimitExceededException",
  "CloudHsmResourceNotFoundException",
  "CloudHsmServiceException",
  "CloudHsmTagException",
] as const;

export type ErrorName = (typeof ERROR_NAMES)[number];

/** `X-Amz-Target` prefix of every operation (botocore `metadata.targetPrefix`). */
export const TARGET_PREFIX = "BaldrApiService";

/** SigV4 signing name; differs from the endpoint prefix `cloudhsmv2`. */
export const SIGNING_NAME = "cloudhsm";

export function isOperationName(name: string): name is OperationName {
  return (OPERATION_NAMES as readonly string[]).includes(name);
}

export function targetOf<Op extends OperationName>(operation: Op): `${typeof TARGET_PREFIX}.${Op}` {
  return `${TARGET_PREFIX}.${operation}`;
}

/** The spec's path for an operation: a fragment, so HTTP clients still send `POST /`. */
export function pathOf<Op extends OperationName>(operation: Op): `/#X-Amz-Target=${typeof TARGET_PREFIX}.${Op}` {
  return `/#X-Amz-Target=${targetOf(operation)}`;
}
