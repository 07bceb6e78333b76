import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { type ControlClient, createControlClient } from "@cloudhsm-kit/spec/control";
import { after, type MaybePromise } from "../core/maybe-promise.js";
import { type EmulatorRequest, type EmulatorResponse, headersOf } from "../core/protocol/message.js";
import { RecentValues } from "../core/recent-values.js";
import { createEmulator, type Emulator, type EmulatorOptions, maxBodyBytesFor } from "../emulator.js";
import { createReplyBatch } from "./reply-batch.js";
import { createReplyBuffers, unpooled } from "./reply-buffers.js";

/** node:http ↔ the emulator's core; the only file that opens a socket. */
export interface StartOptions extends EmulatorOptions {
  /** Interface to bind (default 127.0.0.1, loopback only). */
  host?: string;
  /** Port (default 0: any free port). */
  port?: number;
}

export interface RunningEmulator {
  /** `http://host:port` — point any AWS client's endpoint here. */
  readonly url: string;
  readonly port: number;
  readonly control: ControlClient;
  readonly emulator: Emulator;
  close(): Promise<void>;
}

/**
 * The URL of a request: the server's own origin (never the client's Host header, which may not parse) and the raw
 * request target. An origin-form target is appended as it is, so `//evil.example/x` stays a path (served nowhere)
 * instead of being read as a host; an absolute-form target (proxies) contributes its path and query; anything else
 * (`*`, garbage) becomes a path nothing is served at. Never throws.
 */
export function requestUrl(base: string, target: string): URL {
  const nowhere = () => new URL(`${base}/${encodeURIComponent(target)}`);
  try {
    if (target.startsWith("/")) {
      return new URL(base + target);
    }
    const absolute = new URL(target);
    if (absolute.protocol === "http:" || absolute.protocol === "https:") {
      return new URL(base + absolute.pathname + absolute.search);
    }
    return nowhere();
  } catch {
    return nowhere();
  }
}

/**
 * The request as the emulator's core reads it (core/protocol/message.ts), built from node:http's own objects: no
 * web Request, Headers or stream on the way. At most the limit of the request's path is kept (1 MiB on the AWS API,
 * WIRE_LIMITS.maxBodyBytes; the control API's larger one for state documents); a longer body is drained without
 * being kept and passed on empty with its real length, so the core answers 413 as it does for any oversized body (and
 * the connection stays usable). A request without a body is there at once; one with a body, once it has been read.
 */
export function readRequest(req: IncomingMessage, base: string): MaybePromise<EmulatorRequest> {
  const url = knownUrl(base, req.url ?? "/");
  const method = req.method ?? "GET";
  const maxBytes = maxBodyBytesFor(url.pathname);
  const headers: Record<string, string | string[] | undefined> = req.headers;
  const request = (body: Uint8Array, seen: number): EmulatorRequest => ({
    method,
    url,
    // drained, not kept: the core answers 413 from the length
    headers: headersOf(seen > maxBytes ? { ...headers, "content-length": String(seen) } : headers),
    body,
  });
  if (!hasBody(req)) {
    req.resume(); // nothing to read: let the stream end by itself
    return request(EMPTY, 0);
  }
  return new Promise((resolve, reject) => {
    const body = bodyCollector(Number(req.headers["content-length"]), maxBytes);
    req.on("data", (chunk: Buffer) => body.add(chunk));
    req.once("error", reject);
    req.once("end", () => resolve(request(body.bytes(), body.seen())));
  });
}

/**
 * requestUrl, of targets asked for lately kept. Every AWS JSON request is `POST /`, and a waiter or a listing asks for
 * one path again and again; a URL took ~1 µs to make of a DescribeBackups request's ~70 (profiled). The emulator only
 * reads a request's URL, so one serves every request to its target.
 */
const knownUrl = (base: string, target: string): URL => urls.get(`${base} ${target}`, () => requestUrl(base, target));

const urls = new RecentValues<string, URL>(256);

/**
 * Whether a request has a body: a Content-Length above 0 or a Transfer-Encoding says so (RFC 9112 §6.3). One without
 * (a GET, half of what an SDK sends) is passed on at once, without listeners to wait for its end.
 */
const hasBody = (req: IncomingMessage): boolean =>
  req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;

/**
 * The bytes of a body as they arrive, at most `maxBytes` of them (any more are counted, not kept). A large body of
 * declared length is copied into one buffer of that length as it comes (a state document is ~30 MiB: its chunks and
 * their join would be two copies); any other keeps its chunks (usually one, passed on as it is) and joins them at the
 * end.
 */
const PREALLOCATED_FROM_BYTES = 64 * 1024;

function bodyCollector(declared: number, maxBytes: number) {
  const preallocated =
    declared >= PREALLOCATED_FROM_BYTES && declared <= maxBytes ? Buffer.allocUnsafe(declared) : undefined;
  let chunks: Buffer[] = [];
  let size = 0;
  return {
    add(chunk: Buffer): void {
      if (preallocated && size + chunk.length <= preallocated.length) {
        chunk.copy(preallocated, size);
      } else if (size + chunk.length <= maxBytes) {
        chunks.push(chunk);
      } else {
        chunks = []; // over the limit: keep nothing while the rest drains
      }
      size += chunk.length;
    },
    seen: () => size,
    bytes(): Uint8Array {
      if (size > maxBytes) {
        return EMPTY;
      }
      if (preallocated && size === preallocated.length) {
        return preallocated;
      }
      const kept = preallocated ? [preallocated.subarray(0, Math.min(size, preallocated.length)), ...chunks] : chunks;
      return kept.length === 1 ? (kept[0] as Buffer) : Buffer.concat(kept);
    },
  };
}

const EMPTY = new Uint8Array(0);

/**
 * How long replies wait for one another (reply-batch.ts): 8 replies, or 64 KiB. Measured on the benchmark, a
 * ListCopyJobs page (~100 KB, ~200 µs to make) that waited for up to 7 others added ~2 ms to the p99 and saved
 * nothing worth it; a DescribeBackups page (15 KB) waits for 4 others at most, a ListTags reply for 7.
 */
const BATCH_LIMITS = { replies: 8, bytes: 64 * 1024 };

interface Replies {
  buffers: ReturnType<typeof createReplyBuffers>;
  batch: ReturnType<typeof createReplyBatch>;
}

function send(res: ServerResponse, response: EmulatorResponse, { buffers, batch }: Replies): void {
  // Bytes, not text: node:http writes a string of a few KiB far slower than the same bytes (profiled: writev). They
  // are written now, into a buffer outside V8's heap, so that a reply waiting in the batch holds no large text.
  const { body } = response;
  const { bytes, release } = body instanceof Uint8Array ? unpooled(body) : buffers.encode(body);
  res.writeHead(response.status, headerList(response.headers, bytes.byteLength));
  // 'finish': the bytes are handed to the operating system, so the buffer may be written again
  batch(() => res.end(bytes, release), bytes.byteLength);
}

/**
 * A reply's headers as node:http's flat list of names and values, its Content-Length the length of its bytes. A list,
 * not a copy of the record with one more member: adding a member to a copy of records of many shapes took V8's slow
 * path (profiled: ~1.5% of a DescribeBackups request).
 */
function headerList(headers: Readonly<Record<string, string>>, contentLength: number): string[] {
  const list: string[] = [];
  for (const name in headers) {
    if (name !== "content-length") {
      list.push(name, headers[name] as string);
    }
  }
  list.push("content-length", String(contentLength));
  return list;
}

/**
 * Per connection, the handling of a request still under way (its body being read). A request behind it on the same
 * connection (HTTP/1.1 pipelining) waits for it: a request without a body is otherwise handled at once, and would
 * overtake a PUT whose body is still arriving (a GET of the vault it creates would not find it).
 */
const underWay = new WeakMap<Socket, Promise<unknown>>();

export async function startEmulator(options: StartOptions = {}): Promise<RunningEmulator> {
  const emulator = createEmulator(options);
  const host = options.host ?? "127.0.0.1";
  /** The server's own URL, set once it listens (before any request arrives). */
  let url = "";
  const replies: Replies = { buffers: createReplyBuffers(), batch: createReplyBatch(BATCH_LIMITS) };
  const server = createServer((req, res) => {
    // The emulator classifies its own errors; this only guards the adapter itself.
    const fail = (error: unknown) => {
      res.writeHead(500, { "Content-Type": "application/x-amz-json-1.1", "x-amzn-RequestId": randomUUID() });
      res.end(JSON.stringify({ __type: "InternalFailure", message: String(error) }));
    };
    try {
      // At once for the AWS API's requests without a body; through promises only where something is awaited.
      const earlier = underWay.get(req.socket);
      const read = readRequest(req, url);
      const ready = earlier === undefined ? read : earlier.then(() => read);
      const sent = after(after(ready, emulator.respond), (response) => send(res, response, replies));
      if (sent instanceof Promise) {
        const settled = sent.catch(fail);
        underWay.set(req.socket, settled);
        void settled.then(() => {
          if (underWay.get(req.socket) === settled) {
            underWay.delete(req.socket);
          }
        });
      }
    } catch (error) {
      fail(error);
    }
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    url,
    port,
    control: createControlClient(url),
    emulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
