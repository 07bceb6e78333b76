import type { IncomingMessage } from "node:http";
import { connect } from "node:net";
import { Readable } from "node:stream";
import { cloudHsmV2, targetOf } from "@cloudhsm-kit/spec";
import { describe, expect, it } from "vitest";
import { awsRequest } from "../../test/helpers.js";
import { CONTROL_MAX_BODY_BYTES } from "../core/control/inputs.js";
import { WIRE_LIMITS } from "../core/protocol/limits.js";
import { readRequest, requestUrl, startEmulator } from "./server.js";

/** One raw HTTP/1.1 exchange (Connection: close), for requests no fetch client would send. */
function rawExchange(port: number, text: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(text));
    socket.setTimeout(5_000, () => socket.destroy(new Error("no reply within 5 s")));
    let out = "";
    socket.on("data", (d: Buffer) => {
      out += d.toString("latin1");
    });
    socket.on("error", reject);
    socket.on("close", () => {
      const [head = "", body = ""] = out.split("\r\n\r\n");
      resolve({ status: Number(head.split(" ")[1]), headers: head.toLowerCase(), body });
    });
  });
}

const SIGNED = [
  `Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261122/us-east-1/${cloudHsmV2.signingName}/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`,
  `X-Amz-Target: ${targetOf("DescribeBackups")}`,
  "Content-Type: application/x-amz-json-1.1",
  "Content-Length: 2",
  "Connection: close",
].join("\r\n");

describe("startEmulator", () => {
  it("binds loopback on a free port, serves both APIs over HTTP, and closes", async () => {
    const running = await startEmulator({ log: () => undefined });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await running.control.info()).protocol).toBe(1);
      const ok = await fetch(new Request(new URL("/", running.url), awsRequest("DescribeBackups", {})));
      expect(ok.status).toBe(200);
      expect(ok.headers.get("content-type")).toBe("application/x-amz-json-1.1");
      expect(await ok.json()).toEqual({ Backups: [] });
      const big = await fetch(
        new Request(
          new URL("/", running.url),
          new Request(awsRequest("DescribeBackups", {}), { body: "x".repeat(3 * 1024 * 1024) }),
        ),
      );
      expect(big.status).toBe(413);
      expect(((await big.json()) as { __type: string }).__type).toBe("SerializationException");
      const get = await fetch(running.url);
      expect(get.status).toBe(405);
    } finally {
      await running.close();
    }
    await expect(fetch(running.url)).rejects.toThrow();
  });

  it("builds the request URL from its own origin and the raw path, whatever Host and target say", async () => {
    const running = await startEmulator({ log: () => undefined });
    try {
      const exchange = (line: string, host: string) =>
        rawExchange(running.port, `${line}\r\nHost: ${host}\r\n${SIGNED}\r\n\r\n{}`);
      for (const host of ["a b", "[::1"]) {
        const r = await exchange("POST / HTTP/1.1", host);
        expect(r.status, `Host: ${host}`).toBe(200);
        expect(JSON.parse(r.body)).toEqual({ Backups: [] });
      }
      const evil = await exchange("POST //evil.example/ HTTP/1.1", "127.0.0.1");
      expect(evil.status).toBe(404);
      expect(JSON.parse(evil.body).__type).toBe("UnknownOperationException");
      expect(evil.headers).toMatch(/x-amzn-requestid: [0-9a-f-]{36}/);
      const control = await exchange("GET //x/_emulator/v1/info HTTP/1.1", "127.0.0.1");
      expect(control.status).toBe(404);
      expect(JSON.parse(control.body).__type).toBe("UnknownOperationException");
      expect(control.headers).toMatch(/x-amzn-requestid: [0-9a-f-]{36}/);
    } finally {
      await running.close();
    }
  });

  it("maps every kind of request target to a URL on the server's origin", () => {
    const base = "http://127.0.0.1:4566";
    expect(requestUrl(base, "/").href).toBe(`${base}/`);
    expect(requestUrl(base, "//evil.example/").pathname).toBe("//evil.example/");
    expect(requestUrl(base, "/_emulator/v1/info?x=1").href).toBe(`${base}/_emulator/v1/info?x=1`);
    expect(requestUrl(base, "http://elsewhere/_emulator/v1/info").href).toBe(`${base}/_emulator/v1/info`);
    expect(requestUrl(base, "*").origin).toBe(base);
    expect(requestUrl(base, "*").pathname).not.toBe("/");
  });

  it("keeps at most the limit of the request's path: 1 MiB on the AWS API, the control API's own there", async () => {
    /** A chunked request as node:http hands it over: a stream of `chunks` chunks of 64 KiB. */
    const incoming = (url: string, chunks: number) => {
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const req = Readable.from(Array.from({ length: chunks }, () => chunk)) as unknown as IncomingMessage;
      Object.assign(req, { url, method: "POST", headers: { "transfer-encoding": "chunked" } });
      return req;
    };
    const base = "http://127.0.0.1:4566";
    const overAws = Math.ceil(WIRE_LIMITS.maxBodyBytes / (64 * 1024)) + 1;
    const aws = await readRequest(incoming("/", overAws), base);
    expect(aws.body.byteLength).toBe(0);
    expect(aws.headers.get("content-length")).toBe(String(overAws * 64 * 1024));
    const control = await readRequest(incoming("/_emulator/v1/state", overAws), base);
    expect(control.body.byteLength).toBe(overAws * 64 * 1024);
    expect(overAws * 64 * 1024).toBeLessThan(CONTROL_MAX_BODY_BYTES);
    const within = await readRequest(incoming("/", 2), base);
    expect(within.body.byteLength).toBe(2 * 64 * 1024);
  });

  it("reads a body of declared length, in chunks of any size, byte for byte", async () => {
    const base = "http://127.0.0.1:4566";
    for (const size of [10, 64 * 1024, 300_001]) {
      const bytes = Buffer.from(Array.from({ length: size }, (_, i) => (i * 7) % 251));
      const chunks = [bytes.subarray(0, 3), bytes.subarray(3, 70_000), bytes.subarray(70_000)].filter((c) => c.length);
      const req = Readable.from(chunks) as unknown as IncomingMessage;
      Object.assign(req, { url: "/_emulator/v1/state", method: "PUT", headers: { "content-length": String(size) } });
      const read = await readRequest(req, base);
      expect(Buffer.from(read.body).equals(bytes)).toBe(true);
    }
  });
});
