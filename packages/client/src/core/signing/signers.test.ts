import { cloudHsmV2WireNames, targetOf } from "@cloudhsm-kit/spec";
import { describe, expect, it } from "vitest";
import { TEST_KEYS } from "../../../test/test-client.js";
import { checkSigV4 } from "../../../test/verify-sigv4.js";
import type { AwsCredentials } from "../credentials.js";
import { createSigner as nodeSigner } from "./node.js";
import type { CreateSigner, RequestToSign } from "./signer.js";
import { createSigner as webSigner } from "./web.js";

// Both signers behind `#signer`, run here under Node (which has WebCrypto too): each must give AWS's published
// signatures, pass the independent recomputation, and agree with the other on every request below.
const SIGNERS: [string, CreateSigner][] = [
  ["node (@smithy/signature-v4 over node:crypto)", nodeSigner],
  ["web (aws4fetch over WebCrypto)", webSigner],
];

const request = (url: string, init: Partial<RequestToSign> = {}): RequestToSign => ({
  method: "POST",
  url: new URL(url),
  headers: new Headers(),
  body: undefined,
  date: new Date("2026-11-30T23:59:59.999Z"),
  ...init,
});

const awsJsonHeaders = () =>
  new Headers({ "content-type": "application/x-amz-json-1.1", "x-amz-target": targetOf("DescribeBackups") });

const sign = (create: CreateSigner, input: RequestToSign, keys: AwsCredentials = TEST_KEYS, region = "eu-west-1") =>
  create({ region, service: cloudHsmV2WireNames.signingName, credentials: async () => keys })(input);

describe.each(SIGNERS)("%s", (_, create) => {
  // aws-sig-v4-test-suite, get-vanilla and post-vanilla: service "service", us-east-1, 2015-08-30T12:36:00Z.
  it.each([
    ["GET", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"],
    ["POST", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"],
  ])("gives AWS's %s vanilla signature", async (method, signature) => {
    const signer = create({ region: "us-east-1", service: "service", credentials: async () => TEST_KEYS });
    const signed = await signer(
      request("https://example.amazonaws.com/", { method, date: new Date("2015-08-30T12:36:00Z") }),
    );
    expect(signed).toEqual({
      authorization:
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, " +
        `SignedHeaders=host;x-amz-date, Signature=${signature}`,
      "x-amz-date": "20150830T123600Z",
    });
  });

  it.each<[string, AwsCredentials]>([
    ["static keys", TEST_KEYS],
    ["a session token", { ...TEST_KEYS, sessionToken: "FwoGZXIvYXdzEXAMPLE//token+with/slashes==" }],
  ])("signs an AWS JSON call with %s as an independent recomputation confirms", async (_, keys) => {
    const url = "http://127.0.0.1:4566/";
    const body = '{"Filters":{"states":["READY"]},"MaxResults":5}';
    const signed = await sign(create, request(url, { headers: awsJsonHeaders(), body }), keys);
    const headers = { host: "127.0.0.1:4566", ...Object.fromEntries(awsJsonHeaders()), ...signed };
    const check = checkSigV4({ method: "POST", url: "/", headers, body }, keys.secretAccessKey);
    expect(check.actual).toBe(check.expected);
    expect(check.scope).toBe(`20261130/eu-west-1/${cloudHsmV2WireNames.signingName}/aws4_request`);
    expect(signed["x-amz-date"]).toBe("20261130T235959Z");
    expect(signed["x-amz-security-token"]).toBe(keys.sessionToken);
    const signedHeaders = [
      "content-type",
      "host",
      "x-amz-date",
      ...(keys.sessionToken ? ["x-amz-security-token"] : []),
    ];
    expect(check.signedHeaders).toEqual([...signedHeaders, "x-amz-target"]);
  });

  it("asks the credential provider on every signature, so that refreshed keys are used", async () => {
    let secret = "first";
    const signer = create({
      region: "eu-west-1",
      service: cloudHsmV2WireNames.signingName,
      credentials: async () => ({ accessKeyId: `AKID${secret}`, secretAccessKey: secret }),
    });
    const first = await signer(request("http://127.0.0.1:4566/"));
    secret = "second";
    const second = await signer(request("http://127.0.0.1:4566/"));
    expect(first.authorization).toContain("Credential=AKIDfirst/");
    expect(second.authorization).toContain("Credential=AKIDsecond/");
  });
});

describe("the two signers agree", () => {
  const cases: [string, RequestToSign][] = [
    [
      "an AWS JSON call",
      request("https://cloudhsmv2.eu-west-1.amazonaws.com/", { headers: awsJsonHeaders(), body: "{}" }),
    ],
    [
      "a body with non-ASCII text",
      request("http://127.0.0.1:4566/", { headers: awsJsonHeaders(), body: '{"Value":"€ Zürich 東京"}' }),
    ],
    ["an endpoint with a path and a port", request("http://localhost:8080/prefix/a b/(c)!*/", { body: "{}" })],
    ["a query string", request("http://127.0.0.1:4566/?b=2&a=x%20y&a=1&c=~-._*", { method: "GET" })],
    [
      "header values with runs of spaces",
      request("http://127.0.0.1:4566/", { headers: new Headers({ "x-note": "a   b \t c" }) }),
    ],
  ];

  it.each(cases)("on %s", async (_, input) => {
    const keys = { ...TEST_KEYS, sessionToken: "token" };
    const [fromNode, fromWeb] = await Promise.all(SIGNERS.map(([, create]) => sign(create, input, keys)));
    expect(fromWeb).toEqual(fromNode);
  });
});
