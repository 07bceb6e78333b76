import { describe, expect, it } from "vitest";
import type { RecoveryPoint } from "../store/records.js";
import type { BackupContext } from "./context.js";
import { continuousPointOf, continuousRecoveryPointArn, isContinuous, supportsContinuousBackup } from "./continuous.js";

const ctx = { partition: "aws", region: "us-east-1", account: "111122223333", hex: (n: number) => "a".repeat(n) };
const point = (arn: string, vault = "v", resource = "r"): RecoveryPoint => ({
  RecoveryPointArn: arn,
  BackupVaultName: vault,
  ResourceArn: resource,
  CreationDate: 0,
});

describe("continuous backups", () => {
  it("are made for RDS, Aurora and S3 only", () => {
    expect(["RDS", "Aurora", "S3"].every((t) => supportsContinuousBackup(t as "RDS"))).toBe(true);
    expect(supportsContinuousBackup("EFS")).toBe(false);
    expect(supportsContinuousBackup("EBS")).toBe(false);
  });

  it("have recovery point ARNs of the observed continuous form, and only they are taken for continuous", () => {
    const c = ctx as unknown as BackupContext;
    const rds = continuousRecoveryPointArn(c, "RDS", "arn:aws:rds:us-east-1:111122223333:db:orders");
    expect(rds).toBe(`arn:aws:backup:us-east-1:111122223333:recovery-point:continuous:db-${"A".repeat(26)}-aaaaaaaa`);
    expect(continuousRecoveryPointArn(c, "Aurora", "arn:aws:rds:us-east-1:1:cluster:c")).toContain(
      ":continuous:cluster-",
    );
    expect(continuousRecoveryPointArn(c, "S3", "arn:aws:s3:::logs")).toMatch(/:continuous:logs-a{8}$/);
    expect(isContinuous(rds)).toBe(true);
    expect(isContinuous("arn:aws:backup:us-east-1:111122223333:recovery-point:1EB3B5E7")).toBe(false);
  });

  it("are found again by vault and resource, so a rule's next run updates the same recovery point", () => {
    const continuous = "arn:aws:backup:us-east-1:1:recovery-point:continuous:db-x";
    const points = [point("arn:aws:backup:us-east-1:1:recovery-point:SNAP"), point(continuous), point(continuous, "w")];
    expect(continuousPointOf(points, "v", "r")?.RecoveryPointArn).toBe(continuous);
    expect(continuousPointOf(points, "v", "other")).toBeUndefined();
  });
});
