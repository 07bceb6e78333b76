import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the server saw it on the wire. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** What the server does with a request: reply, drop the connection, or never answer. */
export type Reply =
  | { status?: number; headers?: Record<string, string>; body?: string | object }
  | { drop: true }
  | { hang: true };

export type Responder = (request: RecordedRequest, index: number) => Reply | Promise<Reply>;

export interface LocalServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 and an ephemeral port, so that tests see the exact bytes a client
 * sends through a real `fetch`. Each test starts its own and closes it.
 */
export async function startLocalServer(respond: Responder): Promise<LocalServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      chunks.push(chunk as Buffer);
    }
    const recorded = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    requests.push(recorded);
    const reply = await respond(recorded, requests.length - 1);
    if ("drop" in reply) {
      req.socket.destroy();
      return;
    }
    if ("hang" in reply) {
      return;
    }
    const body = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body ?? {});
    res.writeHead(reply.status ?? 200, { "Content-Type": "application/x-amz-json-1.1", ...reply.headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
