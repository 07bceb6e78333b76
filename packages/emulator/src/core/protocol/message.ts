import type { BodyChunks } from "./body-chunks.js";

/**
 * A request and a reply as the emulator's AWS pipeline reads and writes them: the method, the URL, the headers and
 * the body already read as bytes; a status, headers and a body already written. The emulator's face stays
 * `fetch(Request) → Promise<Response>` (web-messages.ts converts); underneath, the web objects' headers, streams and abort
 * signals cost about 40 µs a request on Node 20, more than a whole request costs, so the Node adapter builds these
 * directly from node:http's own objects (the same reason @hono/node-server passes lightweight requests).
 */
export interface RequestHeaders {
  /** The value of a header (any case of its name), several joined with ", "; null when absent. */
  get(name: string): string | null;
  /** Every header, names in lower case. */
  entries(): Iterable<[string, string]>;
}

export interface EmulatorRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: RequestHeaders;
  /** The body as read; empty when there was none. */
  readonly body: Uint8Array;
}

export interface EmulatorResponse {
  readonly status: number;
  /** Header names in lower case (as HTTP/2 and the fetch API give them). */
  readonly headers: Record<string, string>;
  /** Text, bytes, or the pieces of a reply that lists stored records (body-chunks.ts). */
  readonly body: ResponseBody;
}

export type ResponseBody = string | Uint8Array | BodyChunks;

/**
 * Headers from a record of lower-case names, as node:http gives them (a repeated header as an array). A class, so
 * that every request's headers share their methods instead of making two closures of their own.
 */
export const headersOf = (record: Readonly<Record<string, string | readonly string[] | undefined>>): RequestHeaders =>
  new RecordHeaders(record);

class RecordHeaders implements RequestHeaders {
  readonly #record: Readonly<Record<string, string | readonly string[] | undefined>>;

  constructor(record: Readonly<Record<string, string | readonly string[] | undefined>>) {
    this.#record = record;
  }

  get(name: string): string | null {
    const value = this.#record[name.toLowerCase()];
    return value === undefined ? null : typeof value === "string" ? value : value.join(", ");
  }

  *entries(): Iterable<[string, string]> {
    for (const [name, value] of Object.entries(this.#record)) {
      if (value !== undefined) {
        yield [name, typeof value === "string" ? value : value.join(", ")];
      }
    }
  }
}

/** A reply of the given status, body and headers (names in lower case, as EmulatorResponse keeps them). */
export const reply = (status: number, body: ResponseBody, headers: Record<string, string>): EmulatorResponse => ({
  status,
  headers,
  body,
});
