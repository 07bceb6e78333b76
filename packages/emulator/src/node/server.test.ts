import type { IncomingMessage } from "node:http";
import { connect } from "node:net";
import { Readable } from "node:stream";
import { cloudHsmV2, targetOf } from "@cloudhsm-kit/spec";
import { describe, expect, it } from "vitest";
import { awsRequest } from "../../test/helpers.js";
import { CONTROL_MAX_BODY_BYTES } from "../core/control/inputs.js";
import { WIRE_LIMITS } from "../core/protocol/limits.js";
import type { EmulatorRequest } from "../core/protocol/message.js";
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

  it("passes on a request without a body at once, and one that declares a body only once it has ended", async () => {
    const base = "http://127.0.0.1:4566";
    const pending = (headers: Record<string, string>) => {
      const req = new Readable({ read: () => undefined }) as unknown as IncomingMessage;
      Object.assign(req, { url: "/", method: "GET", headers });
      return req;
    };
    for (const headers of [{}, { "content-length": "0" }] as Record<string, string>[]) {
      const read = readRequest(pending(headers), base);
      expect(read).not.toBeInstanceOf(Promise);
      expect((read as EmulatorRequest).body.byteLength).toBe(0);
    }
    for (const headers of [{ "content-length": "2" }, { "transfer-encoding": "chunked" }] as Record<string, string>[]) {
      const req = pending(headers);
      let done = false;
      const reading = Promise.resolve(readRequest(req, base)).then((r) => {
        done = true;
        return r;
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(done, JSON.stringify(headers)).toBe(false);
      (req as unknown as Readable).push(Buffer.from("{}"));
      (req as unknown as Readable).push(null);
      expect(Buffer.from((await reading).body).toString()).toBe("{}");
    }
  });

  it("reads each request's URL from its own target and server, however many came before", () => {
    const get = (url: string, base = "http://127.0.0.1:4566") => {
      const req = new Readable({ read: () => undefined }) as unknown as IncomingMessage;
      Object.assign(req, { url, method: "GET", headers: {} });
      return (readRequest(req, base) as EmulatorRequest).url;
    };
    for (let n = 0; n < 600; n++) {
      const url = get(`/copy-jobs/${n % 300}?maxResults=${n}`);
      expect(url.pathname).toBe(`/copy-jobs/${n % 300}`);
      expect(url.searchParams.get("maxResults")).toBe(String(n));
    }
    expect(get("/").href).toBe("http://127.0.0.1:4566/");
    expect(get("/", "http://[::1]:4567").href).toBe("http://[::1]:4567/");
    expect(get("//evil.example/x").pathname).toBe("//evil.example/x");
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

describe("the bytes of replies", () => {
  it("sends a reply with a non-ASCII tag value intact, its Content-Length in bytes", async () => {
    const running = await startEmulator({ log: () => undefined });
    const call = (operation: string, input: unknown) => callAt(running.url, operation, input);
    try {
      const value = "Zoë Ångström 東京"; // letters outside ASCII, as the tag value pattern allows
      const created = await call("CreateCluster", {
        HsmType: "hsm2m.medium",
        SubnetIds: ["subnet-0123456789abcdef0"],
        TagList: [{ Key: "owner", Value: value }],
      });
      expect(created.status).toBe(200);
      const { Cluster } = (await created.json()) as { Cluster: { ClusterId: string } };
      const listed = await call("ListTags", { ResourceId: Cluster.ClusterId });
      const bytes = Buffer.from(await listed.arrayBuffer());
      expect(listed.headers.get("content-length")).toBe(String(bytes.length));
      expect(JSON.parse(bytes.toString("utf8"))).toEqual({ TagList: [{ Key: "owner", Value: value }] });
    } finally {
      await running.close();
    }
  });

  it("sends a reply's headers as they are, and one Content-Length: the length of the bytes sent", async () => {
    const running = await startEmulator({ log: () => undefined });
    try {
      running.emulator.respond = () => ({
        status: 201,
        headers: { "content-type": "application/json", "x-amzn-requestid": "r-1", "content-length": "999" },
        body: '{"é":1}',
      });
      const { status, headers, body } = await rawExchange(
        running.port,
        "GET /anything HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
      );
      expect(status).toBe(201);
      expect(headers).toContain("\r\ncontent-type: application/json\r\n");
      expect(headers).toContain("\r\nx-amzn-requestid: r-1\r\n");
      expect(headers.match(/content-length: \d+/g)).toEqual(["content-length: 8"]);
      expect(Buffer.from(body, "latin1").toString("utf8")).toBe('{"é":1}');
    } finally {
      await running.close();
    }
  });

  it("sends every reply intact while the client reads late: a buffer is written again only once its bytes left", async () => {
    const running = await startEmulator({ log: () => undefined });
    const { port } = running;
    try {
      // Two clusters whose tag lists (~20 KB each as JSON, so pooled) differ throughout.
      const tagsOf = (letter: string) =>
        Array.from({ length: 50 }, (_, i) => ({ Key: `${letter}${i}`.padEnd(128, letter), Value: letter.repeat(256) }));
      const clusters: string[] = [];
      for (const letter of ["a", "b"]) {
        const created = await callAt(running.url, "CreateCluster", {
          HsmType: "hsm2m.medium",
          SubnetIds: ["subnet-0123456789abcdef0"],
          TagList: tagsOf(letter),
        });
        clusters.push(((await created.json()) as { Cluster: { ClusterId: string } }).Cluster.ClusterId);
      }
      // the reply each request must get
      const texts = await Promise.all(
        clusters.map(async (id) => (await callAt(running.url, "ListTags", { ResourceId: id })).text()),
      );
      // 600 requests pipelined on each of two connections, read only after 300 ms: the replies (~12 MB a connection)
      // overflow the socket buffers, so most wait in node:http while later replies are written.
      const requests = Array.from({ length: 600 }, (_, i) => i % 2);
      const replies = await Promise.all([0, 1].map(() => pipelinedListTags(port, clusters, requests, 300)));
      for (const bodies of replies) {
        expect(bodies).toHaveLength(requests.length);
        const wrong = bodies.flatMap((body, i) => (body === texts[requests[i] as number] ? [] : [i]));
        expect(wrong).toEqual([]);
      }
    } finally {
      await running.close();
    }
  });
});

describe("requests pipelined on one connection", () => {
  it("are handled in the order they came, a request without a body behind one whose body is still read", async () => {
    const running = await startEmulator({ log: () => undefined });
    try {
      const signed = [
        "Host: 127.0.0.1",
        `Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261122/us-east-1/backup/aws4_request, SignedHeaders=host;x-amz-date, Signature=${"0".repeat(64)}`,
        "X-Amz-Date: 20261122T000000Z",
      ];
      const body = "{}";
      const texts = ["vault-a", "vault-b", "vault-c"].flatMap((name) => [
        [`PUT /backup-vaults/${name} HTTP/1.1`, ...signed, "Content-Type: application/json"]
          .concat([`Content-Length: ${body.length}`, "", body])
          .join("\r\n"),
        [`GET /backup-vaults/${name} HTTP/1.1`, ...signed, "", ""].join("\r\n"),
      ]);
      const replies = await pipelined(running.port, texts.join(""), texts.length);
      expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(replies.filter((_, i) => i % 2 === 1).map((reply) => JSON.parse(reply.body).BackupVaultName)).toEqual([
        "vault-a",
        "vault-b",
        "vault-c",
      ]);
    } finally {
      await running.close();
    }
  });
});

/** Writes `text` (requests) on one connection at once; resolves with the status and body of `count` replies in order. */
function pipelined(port: number, text: string, count: number): Promise<{ status: number; body: string }[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(text));
    let received: Buffer = Buffer.alloc(0);
    socket.setTimeout(10_000, () => socket.destroy(new Error("replies not complete within 10 s")));
    socket.on("error", reject);
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const bodies: string[] = [];
      takeReplies(received, bodies);
      if (bodies.length === count) {
        const statuses = [...received.toString("latin1").matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
        socket.destroy();
        resolve(bodies.map((body, i) => ({ status: statuses[i] as number, body })));
      }
    });
  });
}

/** A CloudHSM v2 call to a started emulator over its socket. */
const callAt = (url: string, operation: string, input: unknown): Promise<Response> =>
  fetch(new Request(new URL("/", url), awsRequest(operation, input)));

/** Sends ListTags of `clusters[which]` for each of `which` on one connection at once, reads nothing for `waitMs`,
 * then reads every reply; resolves with their bodies in order. */
function pipelinedListTags(port: number, clusters: string[], which: number[], waitMs: number): Promise<string[]> {
  const requestText = (clusterId: string) => {
    const body = JSON.stringify({ ResourceId: clusterId });
    return [
      "POST / HTTP/1.1",
      "Host: 127.0.0.1",
      `Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261122/us-east-1/${cloudHsmV2.signingName}/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`,
      `X-Amz-Target: ${targetOf("ListTags")}`,
      "Content-Type: application/x-amz-json-1.1",
      `Content-Length: ${body.length}`,
      "",
      body,
    ].join("\r\n");
  };
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const bodies: string[] = [];
    let unread: Buffer = Buffer.alloc(0);
    socket.pause();
    socket.write(which.map((w) => requestText(clusters[w] as string)).join(""));
    setTimeout(() => socket.resume(), waitMs);
    socket.setTimeout(10_000, () => socket.destroy(new Error("replies not complete within 10 s")));
    socket.on("error", reject);
    socket.on("data", (chunk: Buffer) => {
      unread = takeReplies(Buffer.concat([unread, chunk]), bodies);
      if (bodies.length === which.length) {
        socket.destroy();
        resolve(bodies);
      }
    });
  });
}

/** Moves the bodies of the complete HTTP/1.1 replies (Content-Length framed) at the start of `bytes` to `bodies`;
 * returns what is left. */
function takeReplies(bytes: Buffer, bodies: string[]): Buffer {
  let at = 0;
  for (;;) {
    const headEnd = bytes.indexOf("\r\n\r\n", at);
    if (headEnd < 0) {
      return bytes.subarray(at);
    }
    const length = Number(/content-length: (\d+)/i.exec(bytes.subarray(at, headEnd).toString("latin1"))?.[1]);
    const end = headEnd + 4 + length;
    if (end > bytes.length) {
      return bytes.subarray(at);
    }
    bodies.push(bytes.subarray(headEnd + 4, end).toString("utf8"));
    at = end;
  }
}
