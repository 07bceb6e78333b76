import { checkedBody, parseBody } from "../aws-json/parse-request.js";
import { serialization, unknownOperation } from "../framework-errors.js";
import type { EmulatorRequest } from "../message.js";
import type { ParsedRequest, ProtocolService, RestParameter } from "../protocol.js";
import type { RestRoutes } from "./route.js";

/**
 * The restJson1 request (aws-backup-copy.md §2): the operation from method + path, its path labels (decoded), its
 * query members under their wire names (integers, booleans, ISO 8601 timestamps → epoch seconds, lists) and the other
 * members from a JSON object body. Path and query members win over a body member of the same name.
 */
export interface RestParseOptions {
  maxBodyBytes: number;
  maxJsonDepth: number;
  /** Content-Types read as JSON (lower case, no parameters); a body with another → 415 SerializationException. */
  mediaTypes: readonly string[];
  /** Status of a request no operation is at (method and path): UNDOC, 404. */
  unknownStatus: number;
  /** Status of an operation the service has but does not serve (absent from `operations`): UNDOC, 501. */
  notServedStatus: number;
}

export function parseRestRequest(
  request: EmulatorRequest,
  service: ProtocolService,
  routes: RestRoutes,
  options: RestParseOptions,
): ParsedRequest {
  const url = request.url;
  const found = routes.match(request.method, url.pathname);
  if (!found) {
    throw unknownOperation(
      `No ${service.title} operation at ${request.method} ${url.pathname}.`,
      options.unknownStatus,
    );
  }
  if (!service.operations.has(found.operation.name)) {
    throw unknownOperation(
      `${found.operation.name} is an operation of ${service.title} that this emulator does not serve yet.`,
      options.notServedStatus,
    );
  }
  const body = checkedBody(request, options.maxBodyBytes);
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (body.byteLength > 0 && type !== undefined && !options.mediaTypes.includes(type)) {
    throw serialization(`Unsupported Content-Type '${type}': send application/json.`, 415);
  }
  const input = parseBody(body, options.maxJsonDepth);
  for (const parameter of found.operation.parameters) {
    const raw =
      parameter.in === "path" ? [found.labels[parameter.name] as string] : url.searchParams.getAll(parameter.name);
    if (raw.length > 0) {
      input[parameter.member] = readValue(parameter, raw);
    }
  }
  return { operation: found.operation.name, input, body };
}

/** A path or query value as its member's type; a value that is not one → 400 SerializationException. */
export function readValue(parameter: RestParameter, raw: string[]): unknown {
  const value = raw[0] as string;
  const refuse = (expected: string) => serialization(`Cannot read '${value}' of '${parameter.name}' as ${expected}.`);
  switch (parameter.type) {
    case "list":
      return raw;
    case "integer": {
      if (!/^-?\d+$/.test(value)) {
        throw refuse("an integer");
      }
      return Number(value);
    }
    case "boolean": {
      if (value !== "true" && value !== "false") {
        throw refuse("a boolean");
      }
      return value === "true";
    }
    case "timestamp": {
      const ms = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
      if (Number.isNaN(ms)) {
        throw refuse("an ISO 8601 timestamp");
      }
      return ms / 1000;
    }
    default:
      return value;
  }
}
