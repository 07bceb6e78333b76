import type { FrameworkError } from "./framework-errors.js";
import type { EmulatorRequest, EmulatorResponse } from "./message.js";
import type { ServiceError } from "./service-error.js";

/**
 * A wire protocol (awsJson 1.1, restJson 1): reads a request into an operation and its input, and writes a reply or
 * an error. A protocol knows a service only through `ProtocolService`, which the service gives.
 */
export interface ProtocolService {
  /** The service as messages name it, e.g. "CloudHSM v2". */
  readonly title: string;
  /** awsJson: the `X-Amz-Target` prefix (the descriptor's target prefix). */
  readonly targetPrefix?: string;
  readonly operations: ReadonlySet<string>;
  /** REST protocols: where each served operation is on the wire (method, URI, path and query members). */
  readonly rest?: readonly RestOperation[];
}

/** How a REST protocol reads a path or query value into an input member. */
export type RestValueType = "string" | "integer" | "boolean" | "timestamp" | "list";

export interface RestParameter {
  /** The input member, e.g. `ByCreatedAfter`. */
  readonly member: string;
  readonly in: "path" | "query";
  /** The name on the wire, e.g. `createdAfter` (a path label or a query key). */
  readonly name: string;
  readonly type: RestValueType;
}

/** A REST operation's address: its method and request URI (path template, labels in braces) and its members there. */
export interface RestOperation {
  readonly name: string;
  readonly method: string;
  readonly uri: string;
  readonly parameters: readonly RestParameter[];
}

export interface ParsedRequest {
  operation: string;
  input: Record<string, unknown>;
  /** The body as read (SigV4 verification hashes it). */
  body: Uint8Array;
}

export interface Protocol {
  readonly name: string;
  /** The largest request body read; larger → a framework error. */
  readonly maxBodyBytes: number;
  /** Whether a request is addressed to this service in this protocol's terms (awsJson: its target prefix). */
  claims(request: EmulatorRequest, service: ProtocolService): boolean;
  /** The operation and input of a request, or throws a FrameworkError. */
  parse(request: EmulatorRequest, service: ProtocolService): ParsedRequest;
  output(output: unknown, requestId: string): EmulatorResponse;
  error(error: ServiceError | FrameworkError, requestId: string): EmulatorResponse;
}
