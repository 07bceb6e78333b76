import { describe, expect, it } from "vitest";
import { backupArn, parseArn } from "./arn.js";
import { isServedRegion, partitionOf } from "./partitions.js";

describe("partitions", () => {
  it("maps regions to the three partitions the Region pattern admits (cloudhsmv2-api.md §1.2)", () => {
    expect(partitionOf("us-east-1")).toBe("aws");
    expect(partitionOf("eu-west-3")).toBe("aws");
    expect(partitionOf("us-gov-west-1")).toBe("aws-us-gov");
    expect(partitionOf("cn-north-1")).toBe("aws-cn");
    expect(partitionOf("us-iso-east-1")).toBeUndefined();
    expect(partitionOf("aws-global")).toBeUndefined();
    expect(isServedRegion("zz-east-1")).toBe(false);
  });
});

describe("arn", () => {
  it("builds and parses backup ARNs per partition", () => {
    const arn = backupArn("us-gov-east-1", "111122223333", "backup-abcdefghijk");
    expect(arn).toBe("arn:aws-us-gov:cloudhsm:us-gov-east-1:111122223333:backup/backup-abcdefghijk");
    expect(parseArn(arn)).toEqual({
      partition: "aws-us-gov",
      region: "us-gov-east-1",
      account: "111122223333",
      resourceType: "backup",
      resourceId: "backup-abcdefghijk",
    });
  });
  it("rejects mismatched resource types and garbage", () => {
    expect(parseArn("arn:aws:cloudhsm:us-east-1:111122223333:backup/cluster-abcdefghijk")).toBeUndefined();
    expect(parseArn("backup-abcdefghijk")).toBeUndefined();
  });
});
