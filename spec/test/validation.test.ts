import { describe, expect, it } from "vitest";
import { loadControlDocument, loadServiceDocument } from "../src/validation/documents.js";
import { REPLY_RELAXATIONS, relaxForReplies } from "../src/validation/reply-relaxations.js";
import { createSchemaValidator } from "../src/validation/schema-validator.js";

const schemas = loadServiceDocument().components.schemas;
const requests = createSchemaValidator(schemas);
const replies = createSchemaValidator(relaxForReplies(schemas));

const backup = (over: Record<string, unknown> = {}) => ({
  BackupId: "backup-ro5c4er4aac",
  BackupArn: "arn:aws:cloudhsm:us-east-1:123456789012:backup/backup-ro5c4er4aac",
  BackupState: "READY",
  TagList: [{ Key: "team", Value: "payments" }],
  ...over,
});
const describeReply = (over: Record<string, unknown>, page: Record<string, unknown> = {}) =>
  replies.named("DescribeBackupsResponse")({ Backups: [backup(over)], ...page });

describe("the documents", () => {
  it("are the bundles of the package, by their export paths", () => {
    expect(loadServiceDocument("cloudhsmv2").info.title).toContain("CloudHSM v2");
    expect(loadControlDocument().paths["/_emulator/v1/info"]).toBeDefined();
  });
});

describe("createSchemaValidator", () => {
  it("validates a named schema and reports every violation", () => {
    const validate = requests.named("CreateClusterRequest");
    expect(validate({ HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] })).toBe(true);
    expect(validate({ SubnetIds: [], HsmType: "x".repeat(40) })).toBe(false);
    expect(validate.errors?.map((e) => e.keyword).sort()).toEqual(["maxLength", "minItems", "pattern"]);
  });

  it("compiles a caller's schema whose local $refs name the document's schemas", () => {
    const tags = requests.compile({ type: "array", items: { $ref: "#/components/schemas/Tag" } });
    expect(tags([{ Key: "team", Value: "payments" }])).toBe(true);
    expect(tags([{ Value: "payments" }])).toBe(false);
    expect(requests.has("Tag")).toBe(true);
    expect(requests.has("Nothing")).toBe(false);
  });

  it("reads AWS's \\p{…} patterns as unicode", () => {
    expect(requests.named("TagKey")("équipe")).toBe(true);
  });
});

describe("the reply relaxations", () => {
  it("each say what, why and where it is documented", () => {
    for (const relaxation of REPLY_RELAXATIONS.cloudhsmv2) {
      expect(relaxation.what.length * relaxation.why.length * relaxation.source.length).toBeGreaterThan(0);
    }
  });

  it("allow an empty TagList in replies only", () => {
    expect(describeReply({ TagList: [] })).toBe(true);
    expect(requests.named("TagResourceRequest")({ ResourceId: "backup-ro5c4er4aac", TagList: [] })).toBe(false);
  });

  it("allow real VPC IDs, China-partition backup ARNs and a null NextToken, and nothing more", () => {
    const cluster = replies.named("Cluster");
    expect(cluster({ VpcId: "vpc-0123456789abcdef0" })).toBe(true);
    expect(cluster({ VpcId: "vpc-01234567" })).toBe(true);
    expect(cluster({ VpcId: "vpc-0123" })).toBe(false);
    expect(describeReply({ BackupArn: "arn:aws-cn:cloudhsm:cn-north-1:123456789012:backup/backup-ro5c4er4aac" })).toBe(
      true,
    );
    expect(
      describeReply({ BackupArn: "arn:aws-iso:cloudhsm:us-iso-east-1:123456789012:backup/backup-ro5c4er4aac" }),
    ).toBe(false);
    expect(describeReply({}, { NextToken: null })).toBe(true);
    expect(describeReply({ BackupState: "GONE" })).toBe(false);
  });

  it("leave the document's own schemas as they are", () => {
    expect(schemas.TagList?.minItems).toBe(1);
    expect(schemas.VpcId?.pattern).toBe("^vpc-[0-9a-fA-F]$");
  });
});
