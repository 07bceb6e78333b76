// The CloudHSM v2 module of @cloudhsm-kit/client (`@cloudhsm-kit/client/cloudhsmv2`): its client, types, errors,
// paginators and waiter. What every service shares (AwsServiceError, transport errors, credentials, the paginator
// and waiter factories) comes from the main entry, which also re-exports all of this.

export type { CloudHsmV2ClientOptions } from "./client-options.js";
export type { ArgumentsOf, CloudHsmV2Client, OperationMethods, Output } from "./client-types.js";
export { createCloudHsmV2Client } from "./create-client.js";
export { createCloudHsmV2RawClient } from "./create-raw-client.js";
export { isCloudHsmV2ServiceError } from "./errors/is-service-error.js";
export {
  CloudHsmAccessDeniedException,
  CloudHsmInternalFailureException,
  CloudHsmInvalidRequestException,
  CloudHsmResourceLimitExceededException,
  CloudHsmResourceNotFoundException,
  CloudHsmServiceException,
  CloudHsmTagException,
  type CloudHsmV2ModelledError,
  type ServiceErrorNamed,
} from "./errors/modelled-errors.js";
export { CloudHsmV2ServiceError } from "./errors/service-error.js";
export {
  type PaginatedOperation,
  type PaginationOptions,
  paginateDescribeBackups,
  paginateDescribeClusters,
  paginateListTags,
} from "./paginators.js";
export { resolveEndpoint } from "./resolve-endpoint.js";
export { type Sigv4Options, sigv4 } from "./sigv4.js";
export {
  type BackupState,
  WaiterStateError,
  WaiterTimeoutError,
  type WaitUntilBackupStateOptions,
  type WaitUntilBackupStateResult,
  waitUntilBackupState,
} from "./wait-until-backup-state.js";
