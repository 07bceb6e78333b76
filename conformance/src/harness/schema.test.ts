import { describe, expect, it } from "vitest";
import { responseValidator } from "./schema.js";

const backup = (over: Record<string, unknown> = {}) => ({
  BackupId: "backup-ro5c4er4aac",
  BackupArn: "arn:aws:cloudhsm:us-east-1:123456789012:backup/backup-ro5c4er4aac",
  BackupState: "READY",
  ClusterId: "cluster-igklspoyj5v",
  CreateTimestamp: 1_700_000_000,
  TagList: [{ Key: "team", Value: "payments" }],
  ...over,
});

describe("ResponseValidator", () => {
  const v = responseValidator();

  it("accepts a reply that matches the spec", () => {
    expect(v.validate("DescribeBackupsResponse", { Backups: [backup()] })).toEqual([]);
  });

  it("enforces types, enums and patterns", () => {
    expect(v.validate("DescribeBackupsResponse", { Backups: [backup({ BackupState: "GONE" })] })).toEqual([
      "/Backups/0/BackupState must be equal to one of the allowed values",
    ]);
    expect(v.validate("DescribeBackupsResponse", { Backups: [backup({ BackupId: "bkp-1" })] })[0]).toContain(
      "/Backups/0/BackupId must match pattern",
    );
    expect(v.validate("DescribeBackupsResponse", { Backups: [backup({ CreateTimestamp: "yesterday" })] })).toEqual([
      "/Backups/0/CreateTimestamp must be number",
    ]);
  });

  it("relaxes only what real replies are documented to break", () => {
    expect(v.validate("DescribeBackupsResponse", { Backups: [backup({ TagList: [] })], NextToken: null })).toEqual([]);
    const china = "arn:aws-cn:cloudhsm:cn-north-1:123456789012:backup/backup-ro5c4er4aac";
    expect(v.validate("DescribeBackupsResponse", { Backups: [backup({ BackupArn: china })] })).toEqual([]);
    const iso = "arn:aws-iso:cloudhsm:us-iso-east-1:123456789012:backup/backup-ro5c4er4aac";
    expect(v.validate("DescribeBackupsResponse", { Backups: [backup({ BackupArn: iso })] })[0]).toContain(
      "/Backups/0/BackupArn must match pattern",
    );
  });
});
