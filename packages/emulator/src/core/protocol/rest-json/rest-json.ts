import { WIRE_LIMITS } from "../limits.js";
import type { Protocol, ProtocolService } from "../protocol.js";
import { parseRestRequest, type RestParseOptions } from "./parse-request.js";
import { createRestRoutes, type RestRoutes } from "./route.js";
import { serializeRestError, serializeRestOutput } from "./serialize.js";

const PARSE_OPTIONS: RestParseOptions = {
  maxBodyBytes: WIRE_LIMITS.maxBodyBytes,
  maxJsonDepth: WIRE_LIMITS.maxJsonDepth,
  mediaTypes: ["application/json", "application/x-amz-json-1.1", "application/x-amz-json-1.0"],
  unknownStatus: 404,
  notServedStatus: 501,
};

/**
 * restJson1 (aws-backup-copy.md §2): an operation at its method and URI, members in the path, the query string and a
 * JSON body; errors typed by `X-Amzn-ErrorType`. A request at no operation's method and path → 404
 * UnknownOperationException (UNDOC: AWS's answer is unrecorded; Smithy servers answer unknown routes the same way);
 * one of the service's operations that it does not serve (listed in `rest`, absent from `operations`) → 501
 * UnknownOperationException naming it (as LocalStack answers operations it has not implemented).
 */
export function restJsonProtocol(): Protocol {
  const routesOf = new WeakMap<ProtocolService, RestRoutes>();
  const routes = (service: ProtocolService): RestRoutes => {
    let found = routesOf.get(service);
    if (!found) {
      found = createRestRoutes(service.rest ?? []);
      routesOf.set(service, found);
    }
    return found;
  };
  return {
    name: "rest-json",
    maxBodyBytes: WIRE_LIMITS.maxBodyBytes,
    claims: (request, service) => routes(service).has(request.url.pathname),
    parse: (request, service) => parseRestRequest(request, service, routes(service), PARSE_OPTIONS),
    output: serializeRestOutput,
    error: serializeRestError,
  };
}
