import { cloudHsmV2 } from "@cloudhsm-kit/spec";
import { describe, expect, it } from "vitest";
import { awsRequest, BASE, createHarness } from "../../../../test/helpers.js";
import { WIRE_LIMITS } from "../limits.js";
import { fromWebRequest } from "../web-messages.js";
import { AWS_JSON_CHOICES } from "./choices.js";
import { parseRequest } from "./parse-request.js";

const asEmulatorRequest = (request: Request) => fromWebRequest(request, () => WIRE_LIMITS.maxBodyBytes);

/** The awsJson 1.1 envelope and its errors (cloudhsmv2-api.md §1; observed-aws-behaviour.md §8). */
describe("protocol", () => {
  const h = createHarness();
  const send = async (request: Request) => {
    const r = await h.emu.fetch(request);
    return { status: r.status, body: (await r.json()) as Record<string, unknown>, headers: r.headers };
  };

  it("accepts an empty body and {} alike", async () => {
    const empty = await send(awsRequest("DescribeBackups", undefined));
    const braces = await send(awsRequest("DescribeBackups", {}));
    expect(empty.status).toBe(200);
    expect(braces.status).toBe(200);
    expect(empty.body).toEqual({ Backups: [] });
    expect(empty.headers.get("content-type")).toBe("application/x-amz-json-1.1");
    expect(empty.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("ignores unknown members", async () => {
    const r = await h.call("DescribeBackups", { Shiny: true, MaxResults: 5 });
    expect(r.status).toBe(200);
  });

  it("answers an unknown or missing target with 400 UnknownOperationException", async () => {
    const unknown = await send(awsRequest("LaunchRocket", {}));
    expect(unknown.status).toBe(400);
    expect(unknown.body.__type).toBe("UnknownOperationException");
    const request = awsRequest("DescribeBackups", {});
    request.headers.delete("x-amz-target");
    expect((await send(request)).body.__type).toBe("UnknownOperationException");
    const wrongPrefix = awsRequest("DescribeBackups", {}, { headers: { "X-Amz-Target": "Other.DescribeBackups" } });
    expect((await send(wrongPrefix)).body.__type).toBe("UnknownOperationException");
  });

  it("answers malformed or non-object JSON with 400 SerializationException", async () => {
    for (const body of ["{", "[1,2]", "42", "null", '"text"']) {
      const request = new Request(awsRequest("DescribeBackups", {}), { body });
      const r = await send(request);
      expect(r.status).toBe(400);
      expect(r.body.__type).toBe("SerializationException");
      expect(typeof r.body.message).toBe("string");
    }
  });

  it("refuses a body nested deeper than WIRE_LIMITS.maxJsonDepth with 400 SerializationException", async () => {
    for (const depth of [WIRE_LIMITS.maxJsonDepth + 1, 5_000, 100_000]) {
      const body = `{"Filters":{"states":${"[".repeat(depth)}${"]".repeat(depth)}}}`;
      const r = await send(new Request(awsRequest("DescribeBackups", {}), { body }));
      expect(r.status).toBe(400);
      expect(r.body).toEqual({
        __type: "SerializationException",
        message: `The request body nests objects and arrays deeper than ${WIRE_LIMITS.maxJsonDepth} levels.`,
      });
      expect(r.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    }
    // Within the limit, a wrong type is still a SerializationException, with a bounded excerpt of the value.
    const depth = WIRE_LIMITS.maxJsonDepth - 2;
    const r = await send(
      new Request(awsRequest("DescribeBackups", {}), {
        body: `{"Filters":{"states":${"[".repeat(depth)}${"]".repeat(depth)}}}`,
      }),
    );
    expect(r.status).toBe(400);
    expect(r.body.__type).toBe("SerializationException");
  });

  it("reads the media types AWS_JSON_CHOICES.acceptedMediaTypes lists, and a request without Content-Type", async () => {
    for (const type of [
      "application/x-amz-json-1.1",
      "application/x-amz-json-1.0",
      "application/json; charset=utf-8",
    ]) {
      const r = await send(awsRequest("DescribeBackups", {}, { headers: { "Content-Type": type } }));
      expect(r.status, type).toBe(200);
    }
    const none = awsRequest("DescribeBackups", {});
    none.headers.delete("content-type");
    expect((await send(none)).status).toBe(200);
    const options = (mediaTypes: readonly string[], acceptMissingContentType: boolean) => ({
      maxBodyBytes: WIRE_LIMITS.maxBodyBytes,
      maxJsonDepth: WIRE_LIMITS.maxJsonDepth,
      mediaTypes,
      acceptMissingContentType,
      statuses: AWS_JSON_CHOICES.protocol,
    });
    const ops = {
      title: "CloudHSM v2",
      targetPrefix: cloudHsmV2.targetPrefix,
      operations: new Set(["DescribeBackups"]),
    };
    const json = await asEmulatorRequest(
      awsRequest("DescribeBackups", {}, { headers: { "Content-Type": "application/json" } }),
    );
    expect(() => parseRequest(json, ops, options(["application/x-amz-json-1.1"], true))).toThrow(
      expect.objectContaining({
        name: "UnknownOperationException",
        status: AWS_JSON_CHOICES.protocol.unsupportedMediaType,
      }),
    );
    const bare = awsRequest("DescribeBackups", {});
    bare.headers.delete("content-type");
    const bareRequest = await asEmulatorRequest(bare);
    expect(() => parseRequest(bareRequest, ops, options(AWS_JSON_CHOICES.acceptedMediaTypes, false))).toThrow(
      expect.objectContaining({
        name: "UnknownOperationException",
        message: "Missing Content-Type: send application/x-amz-json-1.1.",
      }),
    );
  });

  it("refuses other methods (405), other paths (404) and other media types (404)", async () => {
    const get = await send(new Request(`${BASE}/`, { method: "GET" }));
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    const other = await send(
      new Request(`${BASE}/other`, { method: "POST", body: "{}", headers: awsRequest("DescribeBackups", {}).headers }),
    );
    expect(other.status).toBe(404);
    const xml = await send(awsRequest("DescribeBackups", {}, { headers: { "Content-Type": "text/xml" } }));
    expect(xml.status).toBe(404);
    expect(xml.body.__type).toBe("UnknownOperationException");
  });

  it("refuses an oversized body with 413 before reading it all", async () => {
    const big = JSON.stringify({ NextToken: "x".repeat(2 * 1024 * 1024) });
    const r = await send(new Request(awsRequest("DescribeBackups", {}), { body: big }));
    expect(r.status).toBe(413);
    expect(r.body.__type).toBe("SerializationException");
  });

  it("refuses a request without Authorization as AWS does", async () => {
    const request = awsRequest("DescribeBackups", {});
    request.headers.delete("authorization");
    const r = await send(request);
    expect(r.status).toBe(400);
    expect(r.body).toEqual({
      __type: "MissingAuthenticationTokenException",
      message: "Request is missing Authentication Token",
    });
  });

  it("refuses a malformed Authorization and a region CloudHSM does not serve", async () => {
    const bad = await send(awsRequest("DescribeBackups", {}, { headers: { Authorization: "Bearer abc" } }));
    expect(bad.body.__type).toBe("IncompleteSignatureException");
    const region = await send(awsRequest("DescribeBackups", {}, { region: "mars-north-1" }));
    expect(region.status).toBe(400);
    expect(region.body.__type).toBe("InvalidSignatureException");
  });

  it("names the member and the constraint of each violation, in Coral's words", async () => {
    const r = await h.call("DeleteBackup", { BackupId: "backup-0" });
    expect(r.status).toBe(400);
    expect(r.body.__type).toBe("CloudHsmInvalidRequestException");
    expect(r.body.Message).toBe(
      "1 validation error detected: Value 'backup-0' at 'backupId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^backup-[2-7a-zA-Z]{11,16}$",
    );
    const two = await h.call("CopyBackupToRegion", { DestinationRegion: "moon" });
    expect(two.body.Message).toMatch(/^2 validation errors detected: /);
    expect(two.body.Message).toContain(
      "Value null at 'backupId' failed to satisfy constraint: Member must not be null",
    );
    expect(two.body.Message).toContain("at 'destinationRegion'");
    const tags = await h.call("TagResource", {
      ResourceId: "backup-abcdefghijk",
      TagList: [{ Key: "bad*key", Value: "" }],
    });
    expect(tags.body.Message).toContain("at 'tagList.1.member.key'");
    const range = await h.call("DescribeBackups", { MaxResults: 51 });
    expect(range.body.Message).toContain("Member must have value less than or equal to 50");
  });

  it("answers a member of the wrong JSON type with 400 SerializationException", async () => {
    const r = await h.call("DescribeBackups", { MaxResults: "ten" });
    expect(r.status).toBe(400);
    expect(r.body.__type).toBe("SerializationException");
  });
});
