import { AwsServiceError } from "../errors/aws-service-error.js";
import { NetworkError, TimeoutError } from "../transport/transport-errors.js";

/** Error codes AWS services use for throttling (the list the AWS SDKs' error classification uses). */
export const THROTTLING_ERROR_CODES: ReadonlySet<string> = new Set([
  "BandwidthLimitExceeded",
  "EC2ThrottledException",
  "LimitExceededException",
  "PriorRequestNotComplete",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
  "ThrottledException",
  "Throttling",
  "ThrottlingException",
  "TooManyRequestsException",
  "TransactionInProgressException",
]);

/** Error codes for a request that timed out on the service's side. */
export const TRANSIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  "RequestTimeout",
  "RequestTimeoutException",
  "TimeoutError",
]);

/**
 * Whether another attempt may succeed: no reply or a per-attempt timeout, a throttling or transient code,
 * HTTP 429, or a 5xx other than 501 (a retry cannot implement a missing operation). Any other 4xx is the
 * caller's to fix and is never retried.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError || error instanceof TimeoutError) {
    return true;
  }
  if (!(error instanceof AwsServiceError)) {
    return false;
  }
  const status = error.$metadata.httpStatusCode;
  return (
    THROTTLING_ERROR_CODES.has(error.name) ||
    TRANSIENT_ERROR_CODES.has(error.name) ||
    status === 429 ||
    (status >= 500 && status !== 501)
  );
}
