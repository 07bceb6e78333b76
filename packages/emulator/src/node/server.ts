import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ControlClient, createControlClient } from "../control/client.js";
import { createEmulator, type Emulator, type EmulatorOptions } from "../emulator.js";

/** node:http ↔ fetch adapter; the only file that opens a socket. */
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

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    headers.append(req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(new URL(req.url ?? "/", origin), {
    method: req.method ?? "GET",
    headers,
    ...(hasBody ? { body: req as unknown as ReadableStream, duplex: "half" } : {}),
  } as RequestInit);
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = { "Content-Length": String(body.length) };
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  res.writeHead(response.status, headers);
  res.end(body);
}

export async function startEmulator(options: StartOptions = {}): Promise<RunningEmulator> {
  const emulator = createEmulator(options);
  const host = options.host ?? "127.0.0.1";
  const server = createServer((req, res) => {
    const origin = `http://${req.headers.host ?? host}`;
    emulator
      .fetch(toRequest(req, origin))
      .then((response) => send(res, response))
      .catch((error: unknown) => {
        // emulator.fetch classifies its own errors; this only guards the adapter itself.
        res.writeHead(500, { "Content-Type": "application/x-amz-json-1.1" });
        res.end(JSON.stringify({ __type: "InternalFailure", message: String(error) }));
      });
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
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
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
