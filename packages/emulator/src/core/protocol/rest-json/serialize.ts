import { FrameworkError } from "../framework-errors.js";
import { jsonBody } from "../json-body.js";
import { type EmulatorResponse, reply } from "../message.js";
import type { ServiceError } from "../service-error.js";

/**
 * restJson1 replies (aws-backup-copy.md §2, §2.1): 200 with a JSON body and `Content-Type: application/json`, and
 * `x-amzn-RequestId`. An error names its type in `X-Amzn-ErrorType` (what botocore and the Smithy SDKs read first)
 * and carries `{"Message": …}` plus `Context` where the error has one, and its other modelled members (AWS Backup's
 * `Code` among them: the service decides its value). Framework errors carry a lowercase `message`.
 */
export const REST_JSON = "application/json";

function headers(requestId: string, extra: Record<string, string> = {}): Record<string, string> {
  return { "content-type": REST_JSON, "x-amzn-requestid": requestId, ...extra };
}

export function serializeRestOutput(output: unknown, requestId: string): EmulatorResponse {
  return reply(200, jsonBody(output ?? {}), headers(requestId));
}

export function serializeRestError(error: ServiceError | FrameworkError, requestId: string): EmulatorResponse {
  const body =
    error instanceof FrameworkError
      ? { message: error.message }
      : {
          ...error.members,
          Message: error.message,
          ...(error.context === undefined ? {} : { Context: error.context }),
        };
  return reply(error.status, JSON.stringify(body), headers(requestId, { "x-amzn-errortype": error.name }));
}
