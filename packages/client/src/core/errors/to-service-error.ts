import type { AwsServiceError, Fault, ServiceErrorDetails } from "./aws-service-error.js";
import { readErrorCode, readErrorMessage, readRequestId } from "./error-code.js";

/** The code given to a reply that names no error at all (an HTML error page from a proxy, say). */
export const UNKNOWN_ERROR_CODE = "UnknownError";

export interface Attempts {
  readonly attempts: number;
  readonly totalRetryDelay: number;
}

/**
 * How a service turns an error code into the error a caller catches: its modelled class for a modelled code
 * (with the fault from the model), its base class for any other. `details.$fault` is the HTTP status's.
 */
export type ErrorFactory = (code: string, details: ServiceErrorDetails) => AwsServiceError;

function describeBody(body: unknown): string {
  if (typeof body === "string") {
    const text = body.trim().replace(/\s+/g, " ");
    return text === "" ? "an empty body" : `a body starting ${JSON.stringify(text.slice(0, 120))}`;
  }
  return body === undefined ? "an empty body" : "a JSON body with no error code";
}

/**
 * Turns a non-2xx reply into the service's error (`errorOf`), with the code, message and request id read as the
 * AWS JSON protocols say. `body` is the reply body, parsed as JSON when it could be, text otherwise.
 */
export function toServiceError(
  response: Response,
  body: unknown,
  attempts: Attempts,
  errorOf: ErrorFactory,
): AwsServiceError {
  const status = response.status;
  const $metadata = { httpStatusCode: status, requestId: readRequestId(response.headers), ...attempts };
  const $fault: Fault = status >= 500 ? "server" : "client";
  const code = readErrorCode(response.headers, body);
  if (code === undefined) {
    return errorOf(UNKNOWN_ERROR_CODE, { message: `HTTP ${status} with ${describeBody(body)}`, $fault, $metadata });
  }
  return errorOf(code, { message: readErrorMessage(body) ?? `${code} (HTTP ${status})`, $fault, $metadata });
}
