import { describe, expect, it } from "vitest";
import { asRequest, readReply, readRequest } from "./bodies.js";

const URL_ = "http://127.0.0.1:1/";

describe("asRequest", () => {
  it("passes a Request given alone as it is, and builds one from a URL and an init", () => {
    const request = new Request(URL_, { method: "POST", body: "{}" });
    expect(asRequest(request)).toBe(request);
    const built = asRequest(URL_, { method: "PUT" });
    expect(built.method).toBe("PUT");
    expect(built.url).toBe(URL_);
  });
});

describe("readRequest", () => {
  it("reads the body as text and sends on the same bytes, method, headers, signal and redirect mode", async () => {
    const signal = new AbortController().signal;
    const bytes = new Uint8Array([0x7b, 0xff, 0x7d]); // not UTF-8: the bytes go on as they are
    const original = new Request(URL_, {
      method: "POST",
      body: bytes,
      headers: { "x-amz-target": "T.Op" },
      signal,
      redirect: "manual",
    });
    const { url, init, text } = await readRequest(original);
    expect(text).toBe("{\uFFFD}");
    const sent = new Request(url, init);
    expect(new Uint8Array(await sent.arrayBuffer())).toEqual(bytes);
    expect(sent.method).toBe("POST");
    expect(sent.headers.get("x-amz-target")).toBe("T.Op");
    expect(sent.redirect).toBe("manual");
    expect(init.signal).toBe(original.signal);
    expect(url).toBe(URL_);
  });

  it("sends a request without a body on without one", async () => {
    const { url, init, text } = await readRequest(new Request(URL_, { headers: { accept: "*/*" } }));
    expect(text).toBeUndefined();
    expect(init.body).toBeUndefined();
    expect(init.method).toBe("GET");
    expect(new Request(url, init).headers.get("accept")).toBe("*/*");
  });
});

describe("readReply", () => {
  const reply = () =>
    new Response('{"Backups":[]}', { status: 200, statusText: "OK", headers: { "x-amzn-requestid": "r-1" } });

  it("reads the text and hands back a reply with the same status, headers and body", async () => {
    const read = await readReply(reply());
    expect(read.text).toBe('{"Backups":[]}');
    expect(read.response.status).toBe(200);
    expect(read.response.statusText).toBe("OK");
    expect(read.response.headers.get("x-amzn-requestid")).toBe("r-1");
    expect(await read.response.text()).toBe('{"Backups":[]}');
  });

  it("gives the text of a reply it handed back without reading it again", async () => {
    const first = await readReply(reply());
    const second = await readReply(first.response);
    expect(second.response).toBe(first.response);
    expect(second.text).toBe('{"Backups":[]}');
    expect(await second.response.json()).toEqual({ Backups: [] });
  });

  it("keeps a reply that may have no body (204) without one", async () => {
    const read = await readReply(new Response(null, { status: 204 }));
    expect(read.response.status).toBe(204);
    expect(read.text).toBe("");
  });

  it("reports a body that cannot be read, and the caller meets the same error when it reads", async () => {
    const cut = new Error("terminated");
    const broken = new Response(
      new ReadableStream({
        start(controller) {
          controller.error(cut);
        },
      }),
      { status: 200, headers: { "content-type": "application/json" } },
    );
    const read = await readReply(broken);
    expect(read.text === undefined && read.error).toBe(cut);
    expect(read.response.status).toBe(200);
    expect(read.response.headers.get("content-type")).toBe("application/json");
    await expect(read.response.text()).rejects.toBe(cut);
  });
});
