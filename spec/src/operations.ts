import type { components } from "./generated/cloudhsmv2/schema.js";
import { errorNames, operationNames, wireNames } from "./generated/cloudhsmv2/service.js";

/** The 18 operations of the CloudHSM v2 API (2017-04-28), in AWS's spelling (the descriptor's, as a list). */
export const OPERATION_NAMES = operationNames;

export type OperationName = (typeof OPERATION_NAMES)[number];

type Schemas = components["schemas"];

/** The request body of an operation. */
export type InputOf<Op extends OperationName> = Schemas[`${Op}Request`];

/** The 200 reply body of an operation. */
export type OutputOf<Op extends OperationName> = Schemas[`${Op}Response`];

/** The errors AWS models for this API; `CloudHsmInternalFailureException` is the only server fault. */
export const ERROR_NAMES = errorNames;

export type ErrorName = (typeof ERROR_NAMES)[number];

export function isOperationName(name: string): name is OperationName {
  return (OPERATION_NAMES as readonly string[]).includes(name);
}

type TargetPrefix = typeof wireNames.targetPrefix;

/** An operation's `X-Amz-Target` value: the service's target prefix, a dot, the operation. */
export function targetOf<Op extends OperationName>(operation: Op): `${TargetPrefix}.${Op}` {
  return `${wireNames.targetPrefix}.${operation}`;
}

/** The spec's path for an operation: a fragment, so HTTP clients still send `POST /`. */
export function pathOf<Op extends OperationName>(operation: Op): `/#X-Amz-Target=${TargetPrefix}.${Op}` {
  return `/#X-Amz-Target=${targetOf(operation)}`;
}
