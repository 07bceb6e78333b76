// The public surface of @cloudhsm-kit/client (browser-safe: no Node built-ins anywhere below).
export type { ArgumentsOf, ClientConfig, CloudHsmV2Client, OperationMethods, Output } from "./client-types.js";
export { AwsServiceError, type Fault, type ResponseMetadata } from "./core/errors/aws-service-error.js";
export { createCloudHsmV2Client } from "./create-client.js";
export { createCloudHsmV2RawClient } from "./create-raw-client.js";
export type { AwsCredentials, CredentialProvider } from "./credentials.js";
export {
  EndpointError,
  type EndpointParameters,
  type ResolvedEndpoint,
  resolveEndpoint,
} from "./endpoint/resolve-endpoint.js";
export { normaliseErrorCode } from "./errors/error-code.js";
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
export type { CallOptions } from "./invoke.js";
export { awsJson } from "./middleware/aws-json.js";
export { type Sigv4Options, sigv4 } from "./middleware/sigv4.js";
export type { CloudHsmV2ClientOptions } from "./options/client-options.js";
export { ConfigurationError } from "./options/configuration-error.js";
export {
  type PaginatedOperation,
  PaginationLoopError,
  type PaginationOptions,
  paginateDescribeBackups,
  paginateDescribeClusters,
  paginateListTags,
} from "./paginate.js";
export { CLOCK_SKEW_ERROR_CODES } from "./retry/clock-skew.js";
export { THROTTLING_ERROR_CODES } from "./retry/is-retryable.js";
export { MalformedResponseError, NetworkError, TimeoutError } from "./transport/transport-errors.js";
export {
  type BackupState,
  WaiterStateError,
  WaiterTimeoutError,
  type WaitUntilBackupStateOptions,
  type WaitUntilBackupStateResult,
  waitUntilBackupState,
} from "./wait-until-backup-state.js";
