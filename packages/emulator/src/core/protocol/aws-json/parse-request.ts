import { serialization, unknownOperation } from "../framework-errors.js";
import { jsonDepth } from "../json-limits.js";
import type { EmulatorRequest } from "../message.js";
import type { ParsedRequest, ProtocolService } from "../protocol.js";

/**
 * The awsJson 1.1 request envelope (cloudhsmv2-api.md §1): `POST /`, `X-Amz-Target: <TargetPrefix>.<Op>`, a JSON
 * object body; `{}` and an empty body are both accepted (Smithy awsJson "Empty body serialization"). Checked in the
 * order AWS JSON services use (observed §8): method and path, Content-Type, body, then target. Knows nothing of
 * operations beyond their names, and of the service beyond its title and target prefix (both given by the caller).
 */

/** HTTP statuses of envelope refusals that AWS's behaviour fixes only by analogy (the caller's choice). */
export interface EnvelopeStatuses {
  wrongPath: number;
  wrongMethod: number;
  unsupportedMediaType: number;
  bodyTooLarge: number;
}

export interface ParseOptions {
  maxBodyBytes: number;
  /** Deepest nesting of objects and arrays accepted in a body; deeper → 400 SerializationException. */
  maxJsonDepth: number;
  /** Content-Types read as JSON (lower case, without parameters); others → `statuses.unsupportedMediaType`. */
  mediaTypes: readonly string[];
  /** Whether a request without Content-Type is read as JSON. */
  acceptMissingContentType: boolean;
  statuses: EnvelopeStatuses;
}

export function parseRequest(
  request: EmulatorRequest,
  service: ProtocolService,
  { maxBodyBytes, maxJsonDepth, mediaTypes, acceptMissingContentType, statuses }: ParseOptions,
): ParsedRequest {
  const url = request.url;
  if (url.pathname !== "/") {
    throw unknownOperation(
      `No resource at ${url.pathname}: the ${service.title} API is served at POST /.`,
      statuses.wrongPath,
    );
  }
  if (request.method !== "POST") {
    throw unknownOperation(
      `Method ${request.method} is not allowed: the ${service.title} API accepts POST / only.`,
      statuses.wrongMethod,
    );
  }
  const type = request.headers.get("content-type");
  if (
    type === null ? !acceptMissingContentType : !mediaTypes.includes(type.split(";")[0]?.trim().toLowerCase() ?? "")
  ) {
    // observed §8: an unsupported Content-Type is answered as an unknown operation (404) by AWS JSON services.
    throw unknownOperation(
      type === null
        ? "Missing Content-Type: send application/x-amz-json-1.1."
        : `Unsupported Content-Type '${type}': send application/x-amz-json-1.1.`,
      statuses.unsupportedMediaType,
    );
  }
  const body = checkedBody(request, maxBodyBytes, statuses.bodyTooLarge);
  const input = parseBody(body, maxJsonDepth);
  const target = request.headers.get("x-amz-target");
  const prefix = `${service.targetPrefix ?? service.title}.`;
  if (target === null || !target.startsWith(prefix) || !service.operations.has(target.slice(prefix.length))) {
    throw unknownOperation(
      target === null
        ? `Missing X-Amz-Target header: expected ${prefix}<Operation>.`
        : `Unknown operation '${target}': expected ${prefix}<Operation> with one of the ${service.operations.size} ${service.title} operations.`,
    );
  }
  return { operation: target.slice(prefix.length), input, body };
}

/** One for every request: decoding a whole body at once (not a stream) leaves nothing in it from one to the next. */
const UTF8 = new TextDecoder("utf-8", { fatal: false });

export function parseBody(body: Uint8Array, maxDepth: number): Record<string, unknown> {
  const text = UTF8.decode(body);
  if (text.trim() === "") {
    return {};
  }
  if (jsonDepth(text) > maxDepth) {
    throw serialization(`The request body nests objects and arrays deeper than ${maxDepth} levels.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw serialization(`The request body is not valid JSON: ${(e as Error).message}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw serialization("The request body must be a JSON object.");
  }
  return value as Record<string, unknown>;
}

/** The body, at most `max` bytes; a longer one (declared or read) → 413 SerializationException (UNDOC.maxBodyBytes). */
export function checkedBody(request: EmulatorRequest, max: number, tooLargeStatus = 413): Uint8Array {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > max || request.body.byteLength > max) {
    throw bodyTooLarge(max, tooLargeStatus);
  }
  return request.body;
}

export const bodyTooLarge = (max: number, status = 413) =>
  serialization(`The request body exceeds the limit of ${max} bytes.`, status);
