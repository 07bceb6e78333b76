import { after, type MaybePromise } from "../maybe-promise.js";
import type { EmulatorRequest, EmulatorResponse } from "../protocol/message.js";
import { type CorsPolicy, isAllowedOrigin } from "./origins.js";

/**
 * CORS for the whole emulator (AWS API and control API), so that a browser app can call it: a wrapper around the
 * core's handler of every request, after hono's `cors()` middleware. A preflight (OPTIONS with Origin and
 * Access-Control-Request-Method) is answered 204 here; any other request goes to the core, and its reply gets
 * `Access-Control-Allow-Origin` and the exposed headers. An origin the policy does not allow gets no CORS header at
 * all, not an error: the browser then refuses the reply. Requests without Origin (SDKs, CLIs) are not touched.
 */
type Handler = (request: EmulatorRequest) => MaybePromise<EmulatorResponse>;

/** Every header the AWS SDKs (JavaScript v3 in a browser, boto3, the CLI) and a SigV4 signer send. */
export const CORS_ALLOWED_HEADERS = [
  "authorization",
  "content-type",
  "x-amz-target",
  "x-amz-date",
  "x-amz-security-token",
  "x-amz-content-sha256",
  "x-amz-user-agent",
  "amz-sdk-invocation-id",
  "amz-sdk-request",
  "x-amzn-trace-id",
];

/** Reply headers a browser app may read: the request id, the error type clients look for, and Date (clock skew). */
export const CORS_EXPOSED_HEADERS = ["x-amzn-RequestId", "x-amzn-ErrorType", "Date"];

/** Methods of the two APIs: POST for the AWS API, GET, POST and PUT for the control API. */
export const CORS_METHODS = ["GET", "POST", "PUT", "OPTIONS"];

/** How long a browser may cache a preflight, in seconds. */
export const CORS_MAX_AGE_SECONDS = 600;

export function withCors(handler: Handler, policy: CorsPolicy): Handler {
  /** The Allow-Origin value for this origin, or undefined when it is not allowed. */
  const allowOrigin = (origin: string) => (!isAllowedOrigin(policy, origin) ? undefined : policy.any ? "*" : origin);

  return function cors(request: EmulatorRequest): MaybePromise<EmulatorResponse> {
    const origin = request.headers.get("origin");
    if (origin === null) {
      return handler(request); // an SDK or a CLI: nothing to add, and no await on every such request
    }
    const allowed = allowOrigin(origin);
    if (request.method === "OPTIONS" && request.headers.get("access-control-request-method") !== null) {
      const headers: Record<string, string> = policy.any ? {} : { vary: "Origin" };
      if (allowed !== undefined) {
        headers["access-control-allow-origin"] = allowed;
        headers["access-control-allow-methods"] = CORS_METHODS.join(", ");
        headers["access-control-allow-headers"] = CORS_ALLOWED_HEADERS.join(", ");
        headers["access-control-max-age"] = String(CORS_MAX_AGE_SECONDS);
      }
      return { status: 204, headers, body: "" };
    }
    return after(handler(request), (response) => {
      if (allowed === undefined && policy.any) {
        return response;
      }
      const headers = { ...response.headers };
      if (!policy.any) {
        headers.vary = headers.vary === undefined ? "Origin" : `${headers.vary}, Origin`;
      }
      if (allowed !== undefined) {
        headers["access-control-allow-origin"] = allowed;
        headers["access-control-expose-headers"] = CORS_EXPOSED_HEADERS.join(", ");
      }
      return { ...response, headers };
    });
  };
}
