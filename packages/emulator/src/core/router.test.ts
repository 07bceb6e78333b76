import { describe, expect, it } from "vitest";
import { awsJsonProtocol } from "./protocol/aws-json/aws-json.js";
import { type EmulatorRequest, headersOf } from "./protocol/message.js";
import { restJsonProtocol } from "./protocol/rest-json/rest-json.js";
import { createRouter } from "./router.js";
import type { ServiceDefinition } from "./service.js";

/** A service with only what routing reads. */
const service = (id: string, signingName: string, targetPrefix: string) =>
  ({
    id,
    signingName,
    protocol: awsJsonProtocol(),
    wire: { title: id, targetPrefix, operations: new Set(["Op"]) },
  }) as unknown as ServiceDefinition;

/** A request at `path` with the given headers (and no body: routing reads none). */
const at = (path: string, headers: Record<string, string>, method = "GET"): EmulatorRequest => ({
  method,
  url: new URL(`http://localhost${path}`),
  headers: headersOf(Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))),
  body: new Uint8Array(0),
});
const request = (headers: Record<string, string>) => at("/", headers, "POST");
const scope = (name: string) =>
  `AWS4-HMAC-SHA256 Credential=AKID/20261122/us-east-1/${name}/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`;

describe("router", () => {
  const first = service("first", "one", "FirstService");
  const second = service("second", "two", "SecondService");
  const route = createRouter([first, second]);

  it("picks the service the credential scope names, then the one whose target prefix the request carries", () => {
    expect(route(request({ Authorization: scope("two"), "X-Amz-Target": "FirstService.Op" }))).toBe(second);
    expect(route(request({ Authorization: scope("other"), "X-Amz-Target": "SecondService.Op" }))).toBe(second);
    expect(route(request({ "X-Amz-Target": "SecondService.Op" }))).toBe(second);
  });

  it("leaves a request no service claims to the first registered, which answers its errors", () => {
    expect(route(request({}))).toBe(first);
    expect(route(request({ Authorization: scope("other"), "X-Amz-Target": "Nobody.Op" }))).toBe(first);
    expect(createRouter([first])(request({ Authorization: scope("two") }))).toBe(first);
  });
});

describe("router with an AWS JSON and a REST JSON service", () => {
  const hsm = service("cloudhsmv2", "cloudhsm", "BaldrApiService");
  const rest = {
    id: "backup",
    signingName: "backup",
    protocol: restJsonProtocol(),
    wire: {
      title: "AWS Backup",
      operations: new Set(["ListCopyJobs"]),
      rest: [{ name: "ListCopyJobs", method: "GET", uri: "/copy-jobs/", parameters: [] }],
    },
  } as unknown as ServiceDefinition;
  const route = createRouter([hsm, rest]);

  it("picks by the credential scope's service name, then by the REST service's paths", () => {
    expect(route(at("/copy-jobs", { Authorization: scope("backup") }))).toBe(rest);
    expect(route(at("/copy-jobs", { Authorization: scope("cloudhsm") }))).toBe(hsm);
    expect(route(at("/copy-jobs/", {}))).toBe(rest);
    expect(route(at("/", { "X-Amz-Target": "BaldrApiService.Op" }))).toBe(hsm);
    expect(route(at("/elsewhere", {}))).toBe(hsm);
  });
});
