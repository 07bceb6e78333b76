import { readErrorCode, readErrorMessage, readRequestId } from "./error-code.js";
import { isModelledErrorName, MODELLED_ERRORS } from "./modelled-errors.js";
import { CloudHsmV2ServiceError } from "./service-error.js";

/** The code given to a reply that names no error at all (an HTML error page from a proxy, say). */
export const UNKNOWN_ERROR_CODE = "UnknownError";

export interface Attempts {
  readonly attempts: number;
  readonly totalRetryDelay: number;
}

function describeBody(body: unknown): string {
  if (typeof body === "string") {
    const text = body.trim().replace(/\s+/g, " ");
    return text === "" ? "an empty body" : `a body starting ${JSON.stringify(text.slice(0, 120))}`;
  }
  return body === undefined ? "an empty body" : "a JSON body with no error code";
}

/**
 * Turns a non-2xx reply into the error a caller catches: the modelled subclass for a CloudHSM error name,
 * the base class for any other code, with `$fault` from the model or, for unknown codes, from the status.
 * `body` is the reply body as openapi-fetch parsed it (JSON when it could, text otherwise).
 */
export function toServiceError(response: Response, body: unknown, attempts: Attempts): CloudHsmV2ServiceError {
  const status = response.status;
  const $metadata = { httpStatusCode: status, requestId: readRequestId(response.headers), ...attempts };
  const code = readErrorCode(response.headers, body);
  if (code === undefined) {
    const message = `HTTP ${status} with ${describeBody(body)}`;
    return new CloudHsmV2ServiceError(UNKNOWN_ERROR_CODE, { message, $fault: faultOf(status), $metadata });
  }
  const message = readErrorMessage(body) ?? `${code} (HTTP ${status})`;
  if (isModelledErrorName(code)) {
    return new MODELLED_ERRORS[code]({ message, $metadata });
  }
  return new CloudHsmV2ServiceError(code, { message, $fault: faultOf(status), $metadata });
}

function faultOf(status: number): "client" | "server" {
  return status >= 500 ? "server" : "client";
}
