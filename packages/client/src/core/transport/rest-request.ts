import type { OperationDescriptor } from "@cloudhsm-kit/spec";
import { ConfigurationError, describeValue } from "../options/configuration-error.js";

/** A REST JSON call on the wire: method, path with its query string, and the JSON body when the operation has one. */
export interface RestRequest {
  readonly method: string;
  readonly path: string;
  readonly body: string | undefined;
}

/** A URI label as Smithy's REST protocols encode it: RFC 3986 unreserved characters only, `/` and `:` included. */
const encodeLabel = (value: string) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A query timestamp: ISO 8601 (whole seconds without `.000`, as the AWS SDKs write it), or text as given. */
export function queryTimestamp(value: unknown): string {
  const date = value instanceof Date ? value : typeof value === "number" ? new Date(value * 1000) : undefined;
  return date === undefined ? String(value) : date.toISOString().replace(".000Z", "Z");
}

/**
 * The wire form of a REST JSON operation's input (AWS's model member names): URI members into the request URI
 * (percent-encoded, so a recovery-point ARN keeps its `/` inside one segment), query members into the query string
 * under their wire names, and the other members as the JSON body. A URI member left out or empty is refused before
 * anything is sent, as the AWS SDKs do.
 */
export function restRequest(operation: OperationDescriptor, input: Record<string, unknown>): RestRequest {
  const bound = new Set<string>();
  const query = new URLSearchParams();
  let path = operation.http.uri;
  for (const { member, in: where, name, timestamp } of operation.parameters ?? []) {
    bound.add(member);
    const value = input[member];
    if (where === "path") {
      if (value === undefined || value === null || value === "") {
        throw new ConfigurationError(
          `${operation.name}: ${member} is part of the request URI and must be given; got ${describeValue(value)}`,
        );
      }
      path = path.replace(`{${name}}`, encodeLabel(String(value)));
    } else if (value !== undefined && value !== null) {
      for (const item of Array.isArray(value) ? value : [value]) {
        query.append(name, timestamp ? queryTimestamp(item) : String(item));
      }
    }
  }
  const search = query.toString();
  const members = Object.entries(input).filter(([member, value]) => !bound.has(member) && value !== undefined);
  return {
    method: operation.http.method,
    path: search === "" ? path : `${path}?${search}`,
    body: operation.body ? JSON.stringify(Object.fromEntries(members)) : undefined,
  };
}
