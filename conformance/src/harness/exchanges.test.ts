import { describe, expect, it } from "vitest";
import { BODY_LIMIT, capturingFetch, EXCHANGES_KEPT, ExchangeLog, truncateBody } from "./exchanges.js";
import { sendRaw } from "./raw.js";

const credentials = {
  accessKeyId: "AKIDEXAMPLECAPTURE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  sessionToken: "FwoGZXIvYXdzEXAMPLETOKEN",
};

/** A target that answers every request with `reply` (what the network would have returned). */
const answering =
  (reply: () => Response): typeof fetch =>
  async () =>
    reply();

const errorReply = () =>
  new Response(JSON.stringify({ __type: "CloudHsmInvalidRequestException", message: "bad <id>" }), {
    status: 400,
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amzn-errortype": "CloudHsmInvalidRequestException:",
      "x-amzn-requestid": "req-1",
      "set-cookie": "session=should-not-be-kept",
    },
  });

describe("capturingFetch", () => {
  it("keeps a signed request and its reply, without the Authorization header or any credential", async () => {
    const log = new ExchangeLog();
    const reply = await sendRaw(
      "http://127.0.0.1:1/",
      async () => credentials,
      {
        region: "us-east-1",
        target: "DescribeBackups",
        path: "/?X-Amz-Credential=AKIDEXAMPLECAPTURE&keep=1",
        body: "{}",
      },
      capturingFetch(log, answering(errorReply)),
    );
    expect(reply.errorName).toBe("CloudHsmInvalidRequestException");
    const [exchange] = log.list();
    expect(exchange).toEqual({
      method: "POST",
      path: "/?keep=1",
      target: "BaldrApiService.DescribeBackups",
      requestBody: "{}",
      status: 400,
      headers: {
        "content-type": "application/x-amz-json-1.1",
        "x-amzn-errortype": "CloudHsmInvalidRequestException:",
        "x-amzn-requestid": "req-1",
      },
      replyBody: '{"__type":"CloudHsmInvalidRequestException","message":"bad <id>"}',
    });
    const text = JSON.stringify(log.list());
    for (const secret of [
      credentials.accessKeyId,
      credentials.secretAccessKey,
      credentials.sessionToken,
      "AWS4-HMAC",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text.toLowerCase()).not.toContain("authorization");
  });

  it("leaves the reply readable by the caller", async () => {
    const response = await capturingFetch(new ExchangeLog(), answering(errorReply))("http://127.0.0.1:1/", {
      method: "POST",
      body: "{}",
    });
    expect(await response.json()).toMatchObject({ __type: "CloudHsmInvalidRequestException" });
  });

  it("keeps only the last exchanges, oldest first", async () => {
    const log = new ExchangeLog();
    const send = capturingFetch(
      log,
      answering(() => new Response("{}")),
    );
    for (let i = 0; i < EXCHANGES_KEPT + 3; i++) {
      await send(`http://127.0.0.1:1/call/${i}`);
    }
    expect(log.list().map((x) => x.path)).toEqual(Array.from({ length: EXCHANGES_KEPT }, (_, i) => `/call/${i + 3}`));
  });

  it("truncates long bodies, saying how much was cut", async () => {
    const log = new ExchangeLog();
    const long = "x".repeat(BODY_LIMIT + 500);
    await capturingFetch(
      log,
      answering(() => new Response(long)),
    )("http://127.0.0.1:1/", { method: "POST", body: long });
    const [exchange] = log.list();
    expect(exchange?.requestBody).toBe(`${"x".repeat(BODY_LIMIT)}… (500 more characters)`);
    expect(exchange?.replyBody).toBe(exchange?.requestBody);
  });

  it("keeps the error when no reply came, and passes the error on", async () => {
    const log = new ExchangeLog();
    const refused: typeof fetch = async () => {
      throw new TypeError("fetch failed: connect ECONNREFUSED");
    };
    await expect(capturingFetch(log, refused)("http://127.0.0.1:1/x", { method: "POST", body: "{}" })).rejects.toThrow(
      "ECONNREFUSED",
    );
    expect(log.list()).toEqual([
      { method: "POST", path: "/x", requestBody: "{}", error: "fetch failed: connect ECONNREFUSED" },
    ]);
  });
});

describe("truncateBody", () => {
  it("blanks members that would carry a secret", () => {
    expect(truncateBody('{"AccessKeyId":"AKID","SecretAccessKey":"s\\"x","Name":"n"}')).toBe(
      '{"AccessKeyId":"[redacted]","SecretAccessKey":"[redacted]","Name":"n"}',
    );
  });
});
