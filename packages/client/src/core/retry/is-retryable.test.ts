import { describe, expect, it } from "vitest";
import { AwsServiceError } from "../errors/aws-service-error.js";
import { NetworkError, TimeoutError } from "../transport/transport-errors.js";
import { isRetryable } from "./is-retryable.js";

function serviceError(name: string, httpStatusCode: number) {
  const $metadata = { httpStatusCode, attempts: 1, totalRetryDelay: 0 };
  return new AwsServiceError(name, {
    message: name,
    $fault: httpStatusCode >= 500 ? "server" : "client",
    $metadata,
  });
}

describe("isRetryable", () => {
  it.each([
    ["ThrottlingException", 400],
    ["Throttling", 400],
    ["TooManyRequestsException", 400],
    ["RequestLimitExceeded", 503],
    ["ProvisionedThroughputExceededException", 400],
    ["RequestTimeoutException", 408],
    ["AnyCode", 429],
    ["CloudHsmInternalFailureException", 500],
    ["BadGateway", 502],
    ["ServiceUnavailable", 503],
    ["GatewayTimeout", 504],
  ])("retries %s (%i)", (name, status) => {
    expect(isRetryable(serviceError(name, status))).toBe(true);
  });

  it.each([
    ["CloudHsmInvalidRequestException", 400],
    ["CloudHsmResourceNotFoundException", 400],
    ["ValidationException", 400],
    ["AccessDeniedException", 403],
    ["UnrecognizedClientException", 403],
    ["NotImplemented", 501],
  ])("does not retry %s (%i)", (name, status) => {
    expect(isRetryable(serviceError(name, status))).toBe(false);
  });

  it("retries transport failures but not other errors", () => {
    expect(isRetryable(new NetworkError("reset"))).toBe(true);
    expect(isRetryable(new TimeoutError("slow"))).toBe(true);
    expect(isRetryable(new DOMException("aborted", "AbortError"))).toBe(false);
    expect(isRetryable(new TypeError("x is not a function"))).toBe(false);
  });
});
