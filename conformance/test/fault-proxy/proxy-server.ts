import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Fault } from "./fault.js";
import { type FetchLike, faultyFetch, TrafficLog } from "./faulty-fetch.js";

export interface FaultProxyOptions {
  /** The target's base URL, e.g. the reference emulator's `running.url`. */
  upstream: string;
  /** The fault to apply; without one the proxy is transparent. */
  fault?: Fault;
  /** Answer the control protocol's paths with 404: the target then offers only the public API. */
  hideControl?: boolean;
}

export interface RunningFaultProxy {
  /** `http://127.0.0.1:PORT`, to use as the conformance endpoint. */
  url: string;
  log: TrafficLog;
  close(): Promise<void>;
}

/**
 * Starts an HTTP proxy on 127.0.0.1 (a free port) in front of `upstream`. It is the node adapter around
 * `faultyFetch`: each incoming request becomes a `Request` aimed at the upstream, and the reply is written back.
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<RunningFaultProxy> {
  const log = new TrafficLog();
  const upstream = new URL(options.upstream);
  const handle = faultyFetch((request) => fetch(request), options.fault, log, {
    hideControl: options.hideControl === true,
  });
  const server = createServer((incoming, outgoing) => {
    relay(incoming, outgoing, upstream, handle).catch((error: unknown) => {
      outgoing.writeHead(502, { "content-type": "text/plain" });
      outgoing.end(`fault proxy: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Per-hop framing: fetch and node:http set their own. */
const FRAMING_HEADERS = new Set([
  "host",
  "connection",
  "keep-alive",
  "content-length",
  "transfer-encoding",
  "content-encoding",
]);

async function relay(incoming: IncomingMessage, outgoing: ServerResponse, upstream: URL, handle: FetchLike) {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) {
    chunks.push(chunk as Buffer);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (FRAMING_HEADERS.has(name)) {
      continue;
    }
    if (typeof value === "string") {
      headers.set(name, value);
    } else if (Array.isArray(value)) {
      headers.set(name, value.join(", "));
    }
  }
  const method = incoming.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  const request = new Request(new URL(incoming.url ?? "/", upstream), {
    method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
  const response = await handle(request);
  const body = Buffer.from(await response.arrayBuffer());
  const replyHeaders = [...response.headers.entries()].filter(([name]) => !FRAMING_HEADERS.has(name));
  outgoing.writeHead(response.status, Object.fromEntries(replyHeaders));
  outgoing.end(body);
}
