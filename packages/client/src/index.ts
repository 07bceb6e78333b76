// The public surface of @cloudhsm-kit/client (browser-safe: no Node built-ins anywhere below): each service module
// (`./cloudhsmv2`, also an entry of its own) and the public pieces of the service-independent core.
export * from "./cloudhsmv2/index.js";
export type { ClientConfig } from "./core/client/create-service-client.js";
export type { AwsCredentials, CredentialProvider } from "./core/credentials.js";
export { EndpointError, type EndpointParameters, type ResolvedEndpoint } from "./core/endpoint/resolve-endpoint.js";
export { AwsServiceError, type Fault, type ResponseMetadata } from "./core/errors/aws-service-error.js";
export { normaliseErrorCode } from "./core/errors/error-code.js";
export { isAwsServiceError } from "./core/errors/is-aws-service-error.js";
export type { CallOptions } from "./core/invoke.js";
export { awsJson } from "./core/middleware/aws-json.js";
export { ConfigurationError } from "./core/options/configuration-error.js";
export {
  createPaginator,
  PaginationLoopError,
  type Paginator,
  type PaginatorDefinition,
} from "./core/pagination/create-paginator.js";
export { CLOCK_SKEW_ERROR_CODES } from "./core/retry/clock-skew.js";
export { THROTTLING_ERROR_CODES } from "./core/retry/is-retryable.js";
export { MalformedResponseError, NetworkError, TimeoutError } from "./core/transport/transport-errors.js";
export {
  type Acceptor,
  createWaiter,
  type Waiter,
  type WaiterDefinition,
  type WaiterResult,
  type WaitOptions,
} from "./core/waiters/create-waiter.js";
