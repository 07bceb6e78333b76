import createClient from "openapi-fetch";
import { afterEach, describe, expect, it } from "vitest";
import type { paths } from "../../../test/fixtures/mini.generated.js";
import { type LocalServer, startLocalServer } from "../../../test/local-server.js";
import { checkSigV4 } from "../../../test/verify-sigv4.js";
import { awsJson } from "./aws-json.js";
import { sigv4Middleware } from "./sigv4.js";

// The signing name of the made-up service of the fixture (test/fixtures/mini.yaml).
const service = "miniservice";

const keys = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function signedCall(credentials: typeof keys & { sessionToken?: string }) {
  server = await startLocalServer(() => ({ body: {} }));
  const raw = createClient<paths>({ baseUrl: server.url });
  raw.use(awsJson(), sigv4Middleware({ region: "eu-west-1", service, credentials: async () => credentials }));
  await raw.POST("/#X-Amz-Target=MiniService.TagResource", {
    body: { ResourceId: "backup-1234567890a", TagList: [{ Key: "k", Value: "v  with  spaces" }] },
  });
  const [request] = server.requests;
  if (!request) {
    throw new Error("the server saw no request");
  }
  return request;
}

describe("sigv4 over the wire", () => {
  it("signs what the server receives, as an independent computation confirms", async () => {
    const request = await signedCall(keys);
    const check = checkSigV4(request, keys.secretAccessKey);
    expect(check.actual).toBe(check.expected);
    expect(check.accessKeyId).toBe("AKIDEXAMPLE");
    expect(check.scope).toMatch(new RegExp(`^\\d{8}/eu-west-1/${service}/aws4_request$`));
    expect(check.signedHeaders).toEqual(expect.arrayContaining(["content-type", "host", "x-amz-date", "x-amz-target"]));
  });

  it("signs and sends a session token", async () => {
    const request = await signedCall({ ...keys, sessionToken: "session-token" });
    const check = checkSigV4(request, keys.secretAccessKey);
    expect(request.headers["x-amz-security-token"]).toBe("session-token");
    expect(check.signedHeaders).toContain("x-amz-security-token");
    expect(check.actual).toBe(check.expected);
  });

  it("detects a wrong secret in the independent check (the check is not vacuous)", async () => {
    const request = await signedCall(keys);
    const check = checkSigV4(request, "another-secret");
    expect(check.actual).not.toBe(check.expected);
  });
});

describe("sigv4 against AWS's published Signature Version 4 test suite", () => {
  // aws-sig-v4-test-suite, cases get-vanilla and post-vanilla: service "service", region us-east-1,
  // 2015-08-30T12:36:00Z, the example keys above.
  const now = () => new Date("2015-08-30T12:36:00Z");
  const middleware = sigv4Middleware({ region: "us-east-1", service: "service", credentials: async () => keys, now });

  it.each([
    ["GET", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"],
    ["POST", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"],
  ])("%s vanilla", async (method, signature) => {
    const request = new Request("https://example.amazonaws.com/", { method });
    await middleware.onRequest?.({ request, schemaPath: "/", params: {}, id: "vector", options: {} as never });
    expect(request.headers.get("authorization")).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, " +
        `SignedHeaders=host;x-amz-date, Signature=${signature}`,
    );
    expect(request.headers.get("x-amz-date")).toBe("20150830T123600Z");
  });
});

describe("sigv4 without awsJson", () => {
  it("replaces a stale signature and leaves the body readable", async () => {
    const request = new Request("https://cloudhsmv2.us-east-1.amazonaws.com/", {
      method: "POST",
      headers: { Authorization: "AWS4-HMAC-SHA256 stale", "X-Amz-Target": "T.Op" },
      body: "{}",
    });
    const middleware = sigv4Middleware({ region: "us-east-1", service, credentials: async () => keys });
    await middleware.onRequest?.({ request, schemaPath: "/", params: {}, id: "re-sign", options: {} as never });
    expect(request.headers.get("authorization")).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/.*SignedHeaders=content-type;host;x-amz-date;x-amz-target,/,
    );
    expect(request.headers.get("x-amz-target")).toBe("T.Op");
    expect(await request.text()).toBe("{}");
  });

  it("hashes a body it was not handed and leaves the request sendable", async () => {
    server = await startLocalServer(() => ({ body: {} }));
    const raw = createClient<paths>({ baseUrl: server.url });
    raw.use(sigv4Middleware({ region: "us-west-2", service, credentials: async () => keys }));
    await raw.POST("/#X-Amz-Target=MiniService.DescribeBackups", { body: { MaxResults: 7 } });
    const [request] = server.requests;
    expect(request?.body).toBe('{"MaxResults":7}');
    const check = checkSigV4(request as NonNullable<typeof request>, keys.secretAccessKey);
    expect(check.actual).toBe(check.expected);
  });
});
