import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readReply } from "./bodies.js";
import { networkFetch } from "./network.js";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  remotePort: number | undefined;
}

let server: Server;
let base: string;
const seen: Seen[] = [];
/** What the server answers the next request with (the default: 200 with a JSON body and two headers). */
let answer: (res: ServerResponse) => void;
const json = (res: ServerResponse) => {
  res.writeHead(200, { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "r-1" });
  res.end('{"ok":true}');
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      seen.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
        remotePort: req.socket.remotePort,
      });
      answer(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const last = () => seen[seen.length - 1] as Seen;

describe("networkFetch over plain HTTP", () => {
  it("sends the method, path, query, headers and body, with the body's length, and hands back the reply", async () => {
    answer = json;
    const reply = await networkFetch(`${base}/copy-jobs/?maxResults=5`, {
      method: "POST",
      headers: { "X-Amz-Target": "T.Op", "content-type": "application/x-amz-json-1.1" },
      body: '{"a":"é"}',
    });
    expect(last()).toMatchObject({ method: "POST", url: "/copy-jobs/?maxResults=5", body: '{"a":"é"}' });
    expect(last().headers["x-amz-target"]).toBe("T.Op");
    expect(last().headers["content-length"]).toBe(String(Buffer.byteLength('{"a":"é"}')));
    expect(reply.status).toBe(200);
    expect(reply.statusText).toBe("OK");
    expect(reply.headers.get("x-amzn-requestid")).toBe("r-1");
    expect(await reply.json()).toEqual({ ok: true });
  });

  it("sends a Request as fetch would: its bytes, its headers, Content-Length 0 for an empty PUT", async () => {
    answer = json;
    await networkFetch(new Request(`${base}/x`, { method: "PUT", body: new Uint8Array([0x7b, 0x7d]) }));
    expect(last()).toMatchObject({ method: "PUT", url: "/x", body: "{}" });
    await networkFetch(`${base}/y`, { method: "PUT" });
    expect(last().headers["content-length"]).toBe("0");
    await networkFetch(`${base}/z`);
    expect(last().method).toBe("GET");
    expect(last().headers["content-length"]).toBeUndefined();
    expect(last().headers["transfer-encoding"]).toBeUndefined();
  });

  it("encodes a body of another kind through a Request (a form gets its Content-Type)", async () => {
    answer = json;
    await networkFetch(`${base}/form`, { method: "POST", body: new URLSearchParams({ a: "1" }) });
    expect(last().body).toBe("a=1");
    expect(last().headers["content-type"]).toContain("application/x-www-form-urlencoded");
  });

  it("keeps the connection open between calls", async () => {
    answer = json;
    await (await networkFetch(`${base}/one`)).text();
    const first = last().remotePort;
    await (await networkFetch(`${base}/two`)).text();
    expect(last().remotePort).toBe(first);
  });

  it("hands back an error status with its body, a 204 without one, and a 3xx as it is", async () => {
    answer = (res) => {
      res.writeHead(400, "Bad Request", { "x-amzn-errortype": "ValidationException" });
      res.end('{"message":"no"}');
    };
    const error = await networkFetch(`${base}/e`);
    expect(error.status).toBe(400);
    expect(error.headers.get("x-amzn-errortype")).toBe("ValidationException");
    expect(await error.text()).toBe('{"message":"no"}');

    answer = (res) => res.writeHead(204).end();
    const empty = await networkFetch(`${base}/d`, { method: "DELETE" });
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();

    answer = (res) => res.writeHead(307, { location: "/elsewhere" }).end();
    const redirect = await networkFetch(`${base}/r`);
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("location")).toBe("/elsewhere");
  });

  it("hands back a reply whose text the suite's wrappers read without reading the body again", async () => {
    answer = json;
    const reply = await networkFetch(`${base}/t`);
    const read = await readReply(reply);
    expect(read.response).toBe(reply);
    expect(read.text).toBe('{"ok":true}');
  });

  it("rejects with the signal's reason when aborted before or while waiting", async () => {
    const before = new AbortController();
    before.abort(new Error("stopped before"));
    await expect(networkFetch(`${base}/a`, { signal: before.signal })).rejects.toThrow("stopped before");

    answer = () => {}; // never answers
    const timeout = AbortSignal.timeout(50);
    await expect(networkFetch(`${base}/slow`, { signal: timeout })).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("rejects with a TypeError whose cause is the socket's error when nothing listens", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const failure = await networkFetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).cause).toMatchObject({ code: "ECONNREFUSED" });
  });
});

describe("networkFetch over anything but plain HTTP", () => {
  it("goes through the global fetch, with the call as it was made", async () => {
    const global = vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response("{}"));
    try {
      const init = { method: "POST", body: "{}" };
      await networkFetch("https://cloudhsmv2.us-east-1.amazonaws.com/", init);
      expect(global).toHaveBeenCalledWith("https://cloudhsmv2.us-east-1.amazonaws.com/", init);
    } finally {
      global.mockRestore();
    }
  });
});
