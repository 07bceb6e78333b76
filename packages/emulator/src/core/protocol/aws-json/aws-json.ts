import { WIRE_LIMITS } from "../limits.js";
import type { Protocol } from "../protocol.js";
import { AWS_JSON_CHOICES } from "./choices.js";
import { parseRequest } from "./parse-request.js";
import { serializeError, serializeOutput } from "./serialize.js";

/** awsJson 1.1 (cloudhsmv2-api.md §1): `POST /`, `X-Amz-Target: <TargetPrefix>.<Operation>`, JSON in and out. */
export function awsJsonProtocol(): Protocol {
  return {
    name: "aws-json",
    maxBodyBytes: WIRE_LIMITS.maxBodyBytes,
    claims: (request, service) =>
      service.targetPrefix !== undefined &&
      request.headers.get("x-amz-target")?.startsWith(`${service.targetPrefix}.`) === true,
    parse: (request, service) =>
      parseRequest(request, service, {
        maxBodyBytes: WIRE_LIMITS.maxBodyBytes,
        maxJsonDepth: WIRE_LIMITS.maxJsonDepth,
        mediaTypes: AWS_JSON_CHOICES.acceptedMediaTypes,
        acceptMissingContentType: AWS_JSON_CHOICES.acceptMissingContentType,
        statuses: AWS_JSON_CHOICES.protocol,
      }),
    output: (output, requestId) => serializeOutput(output, requestId, AWS_JSON_CHOICES.emptyOutputBody),
    error: serializeError,
  };
}
