import { FrameworkError } from "../framework-errors.js";
import { jsonBody } from "../json-body.js";
import { type EmulatorResponse, reply } from "../message.js";
import type { ServiceError } from "../service-error.js";

/**
 * The only place responses of the AWS API are built (STYLE §8). awsJson 1.1: `Content-Type:
 * application/x-amz-json-1.1`, `x-amzn-RequestId`; errors are `{"__type": "<bare shape name>", "Message": …}` with
 * 400 for client faults and 500 for server faults (cloudhsmv2-api.md §5(f)). No `X-Amzn-Errortype` header: no
 * awsJson capture shows one (observed §8).
 */
export const AWS_JSON = "application/x-amz-json-1.1";

function headers(requestId: string, extra: Record<string, string> = {}): Record<string, string> {
  return { "content-type": AWS_JSON, "x-amzn-requestid": requestId, ...extra };
}

/**
 * A 200 reply. An output with no members (TagResource, UntagResource) is sent as `emptyOutputBody`, the caller's
 * choice (UNDOC.emptyOutputBody: undocumented in practice, see there).
 */
export function serializeOutput(output: unknown, requestId: string, emptyOutputBody: string): EmulatorResponse {
  const empty =
    output === undefined || output === null || (typeof output === "object" && Object.keys(output).length === 0);
  return reply(200, empty ? emptyOutputBody : jsonBody(output), headers(requestId));
}

/** A modelled or framework error; anything else must have been classified as the service's internal failure. */
export function serializeError(error: ServiceError | FrameworkError, requestId: string): EmulatorResponse {
  if (error instanceof FrameworkError) {
    const extra: Record<string, string> = error.status === 405 ? { allow: "POST" } : {};
    return reply(
      error.status,
      JSON.stringify({ __type: error.name, message: error.message }),
      headers(requestId, extra),
    );
  }
  return reply(error.status, JSON.stringify({ __type: error.name, Message: error.message }), headers(requestId));
}
