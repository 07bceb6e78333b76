import { Agent, request as httpRequest, type IncomingMessage } from "node:http";
import { replyOf } from "./bodies.js";

/**
 * The network a run's calls go out on, with fetch's signature. A plain-HTTP endpoint (an emulator, mostly on
 * loopback) is sent over node:http with kept-alive connections; anything else (AWS over HTTPS) goes through the global
 * fetch. Over loopback Node's fetch costs about 130 µs a call more than node:http (web streams, abort wiring, a second
 * Request), and a default run makes ~3,750 calls one after another: its median went from 8.5 to 7.1 s (README,
 * Performance). The exchange on the wire is the same HTTP/1.1 request and reply. No compression is asked for, and a
 * 3xx reply comes back as it is (no AWS API answers with a redirect, and a check should see one if an emulator sends
 * it).
 */
export const networkFetch: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.protocol !== "http:") {
    return globalThis.fetch(input, init);
  }
  const { method, headers, body, signal } = await outgoingOf(input, init);
  signal?.throwIfAborted();
  return new Promise<Response>((resolve, reject) => {
    const onAbort = () => {
      outgoing.destroy();
      reject(signal?.reason);
    };
    const settle = () => signal?.removeEventListener("abort", onAbort);
    const fail = (error: unknown) => {
      settle();
      reject(signal?.aborted ? signal.reason : new TypeError("fetch failed", { cause: error }));
    };
    const outgoing = httpRequest(url, { agent: KEPT_ALIVE, method, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.once("error", fail);
      incoming.once("end", () => {
        settle();
        try {
          resolve(responseOf(incoming, chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
        } catch (error) {
          reject(new TypeError("fetch failed", { cause: error }));
        }
      });
    });
    signal?.addEventListener("abort", onAbort, { once: true });
    outgoing.once("error", fail);
    outgoing.end(body);
  });
};

/** Connections kept open between calls (node:http unreferences an idle one, so none holds the process open). */
const KEPT_ALIVE = new Agent({ keepAlive: true });

/** Methods whose request has a body even when it is empty, so that fetch sends `Content-Length: 0` for them. */
const WITH_BODY = new Set(["POST", "PUT", "PATCH"]);

interface Outgoing {
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | undefined;
  signal: AbortSignal | undefined;
}

/**
 * The method, headers, body bytes and signal of a call, as fetch would send them. A string or byte body is taken as
 * it is (what every client of the suite sends); any other kind goes through a Request, which encodes it and adds the
 * Content-Type fetch would.
 */
async function outgoingOf(input: RequestInfo | URL, init: RequestInit | undefined): Promise<Outgoing> {
  const direct = !(input instanceof Request) && (init?.body == null || isStringOrBytes(init.body));
  if (direct) {
    const method = (init?.method ?? "GET").toUpperCase();
    const body = init?.body == null ? undefined : bytesOf(init.body as string | ArrayBuffer | ArrayBufferView);
    return { method, headers: headerRecord(new Headers(init?.headers), method, body), body, signal: signalOf(init) };
  }
  const request = input instanceof Request && init === undefined ? input : new Request(input, init);
  const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
  return {
    method: request.method,
    headers: headerRecord(request.headers, request.method, body),
    body,
    signal: request.signal,
  };
}

const isStringOrBytes = (body: BodyInit): boolean =>
  typeof body === "string" || body instanceof ArrayBuffer || ArrayBuffer.isView(body);

function bytesOf(body: string | ArrayBuffer | ArrayBufferView): Uint8Array {
  if (typeof body === "string") {
    return Buffer.from(body);
  }
  return body instanceof ArrayBuffer
    ? new Uint8Array(body)
    : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}

const signalOf = (init: RequestInit | undefined): AbortSignal | undefined => init?.signal ?? undefined;

/** The headers as node:http takes them, with the body's length (fetch always sends it for a body it knows). */
function headerRecord(headers: Headers, method: string, body: Uint8Array | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  if (body !== undefined || WITH_BODY.has(method)) {
    record["content-length"] = String(body?.byteLength ?? 0);
  }
  return record;
}

/** The reply as fetch's Response: status, status text, every header as sent, and the body (none for 204, 205, 304). */
function responseOf(incoming: IncomingMessage, body: Buffer): Response {
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    headers.append(raw[i] as string, raw[i + 1] as string);
  }
  const status = incoming.statusCode ?? 0;
  const bodiless = status === 204 || status === 205 || status === 304 || body.byteLength === 0;
  return replyOf(bodiless ? null : (body as Uint8Array<ArrayBuffer>), {
    status,
    statusText: incoming.statusMessage ?? "",
    headers,
  });
}
