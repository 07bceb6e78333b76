import { describe, expect, it } from "vitest";
import { FrameworkError, unknownOperation } from "../framework-errors.js";
import { type EmulatorRequest, type EmulatorResponse, headersOf } from "../message.js";
import type { ProtocolService, RestOperation } from "../protocol.js";
import { restJsonProtocol } from "./rest-json.js";

const rest: RestOperation[] = [
  {
    name: "ListCopyJobs",
    method: "GET",
    uri: "/copy-jobs/",
    parameters: [
      { member: "MaxResults", in: "query", name: "maxResults", type: "integer" },
      { member: "ByCreatedAfter", in: "query", name: "createdAfter", type: "timestamp" },
      { member: "IncludeDeleted", in: "query", name: "includeDeleted", type: "boolean" },
    ],
  },
  { name: "StartCopyJob", method: "PUT", uri: "/copy-jobs", parameters: [] },
  {
    name: "DescribeRecoveryPoint",
    method: "GET",
    uri: "/backup-vaults/{backupVaultName}/recovery-points/{recoveryPointArn}",
    parameters: [
      { member: "BackupVaultName", in: "path", name: "backupVaultName", type: "string" },
      { member: "RecoveryPointArn", in: "path", name: "recoveryPointArn", type: "string" },
    ],
  },
  { name: "ListBackupPlans", method: "GET", uri: "/backup/plans/", parameters: [] },
];
const service: ProtocolService = {
  title: "AWS Backup",
  operations: new Set(["ListCopyJobs", "StartCopyJob", "DescribeRecoveryPoint"]),
  rest,
};
const protocol = restJsonProtocol();
const at = (method: string, path: string, body?: string): EmulatorRequest => ({
  method,
  url: new URL(`http://localhost${path}`),
  headers: headersOf(body === undefined ? {} : { "content-type": "application/json" }),
  body: new TextEncoder().encode(body ?? ""),
});
const parse = (request: EmulatorRequest) => protocol.parse(request, service);
const failure = async (request: EmulatorRequest) => {
  try {
    parse(request);
  } catch (e) {
    return e as FrameworkError;
  }
  throw new Error("parsed without a failure");
};
const json = (response: EmulatorResponse) => JSON.parse(String(response.body)) as unknown;

describe("restJson1 protocol", () => {
  it("routes the model's URI and the same URI without its final slash", async () => {
    expect((await parse(at("GET", "/copy-jobs/"))).operation).toBe("ListCopyJobs");
    expect((await parse(at("GET", "/copy-jobs"))).operation).toBe("ListCopyJobs");
    expect((await parse(at("PUT", "/copy-jobs/", "{}"))).operation).toBe("StartCopyJob");
  });

  it("decodes a percent-encoded ARN as one path label", async () => {
    const arn = "arn:aws:ec2:us-east-1::snapshot/snap-0123456789abcdef0";
    const { input } = await parse(at("GET", `/backup-vaults/v1/recovery-points/${encodeURIComponent(arn)}`));
    expect(input).toEqual({ BackupVaultName: "v1", RecoveryPointArn: arn });
  });

  it("reads query members under their model names with their types, and body members from JSON", async () => {
    const { input } = await parse(
      at("GET", "/copy-jobs?maxResults=5&createdAfter=2026-11-22T00:00:00.5Z&includeDeleted=true"),
    );
    expect(input).toEqual({
      MaxResults: 5,
      ByCreatedAfter: Date.parse("2026-11-22T00:00:00.5Z") / 1000,
      IncludeDeleted: true,
    });
    expect((await parse(at("PUT", "/copy-jobs", '{"IamRoleArn":"r"}'))).input).toEqual({ IamRoleArn: "r" });
    expect((await failure(at("GET", "/copy-jobs?maxResults=five"))).name).toBe("SerializationException");
    expect((await failure(at("GET", "/copy-jobs?createdAfter=yesterday"))).status).toBe(400);
  });

  it("answers an unknown method or path with 404 and an operation it does not serve with 501, naming it", async () => {
    for (const request of [at("DELETE", "/copy-jobs"), at("GET", "/nowhere")]) {
      const e = await failure(request);
      expect([e.name, e.status]).toEqual(["UnknownOperationException", 404]);
    }
    const e = await failure(at("GET", "/backup/plans"));
    expect([e.status, e.message]).toEqual([501, expect.stringContaining("ListBackupPlans")]);
  });

  it("claims requests at its paths only", () => {
    expect(protocol.claims(at("GET", "/copy-jobs"), service)).toBe(true);
    expect(protocol.claims(at("POST", "/"), service)).toBe(false);
  });

  it("replies JSON with a request id, and errors with X-Amzn-ErrorType, Message and Context", async () => {
    const ok = protocol.output({ CopyJobId: "c" }, "rid");
    expect([ok.status, ok.headers["content-type"], ok.headers["x-amzn-requestid"]]).toEqual([
      200,
      "application/json",
      "rid",
    ]);
    const error = protocol.error(
      { name: "InvalidParameterValueException", status: 400, message: "m", context: "c" },
      "rid",
    );
    expect([error.status, error.headers["x-amzn-errortype"]]).toEqual([400, "InvalidParameterValueException"]);
    expect(json(error)).toEqual({ Message: "m", Context: "c" });
    const framework = protocol.error(unknownOperation("nope", 404), "rid");
    expect([framework.headers["x-amzn-errortype"], json(framework)]).toEqual([
      "UnknownOperationException",
      { message: "nope" },
    ]);
    expect(unknownOperation("x")).toBeInstanceOf(FrameworkError);
  });
});
