import { describe, expect, it } from "vitest";
import type { Vault } from "../store/records.js";
import { parseVaultArn, vaultArn } from "./arns.js";
import { lockProblem } from "./vault-lock.js";

const vault = (lock: Partial<Vault>): Vault => ({
  BackupVaultName: "v",
  BackupVaultArn: "a",
  CreationDate: 0,
  ...lock,
});

describe("copy completion", () => {
  it("fails a copy whose retention is outside a locked vault's Min/MaxRetentionDays (B16)", () => {
    expect(lockProblem(vault({ MinRetentionDays: 7 }), 6, "copy")).toMatch(/MinRetentionDays/);
    expect(lockProblem(vault({ MinRetentionDays: 7 }), 7, "copy")).toBeUndefined();
    expect(lockProblem(vault({ MaxRetentionDays: 30 }), 31, "copy")).toMatch(/MaxRetentionDays/);
    expect(lockProblem(vault({ MaxRetentionDays: 30 }), undefined, "copy")).toMatch(/indefinite/);
    expect(lockProblem(vault({}), -1, "copy")).toBeUndefined();
  });

  it("reads a destination vault ARN back into its partition, Region, account and name", () => {
    const arn = vaultArn("aws-us-gov", "us-gov-west-1", "111122223333", "dr_vault-1");
    expect(parseVaultArn(arn)).toEqual({
      partition: "aws-us-gov",
      region: "us-gov-west-1",
      account: "111122223333",
      name: "dr_vault-1",
    });
    expect(parseVaultArn("arn:aws:backup:us-east-1:111122223333:recovery-point:x")).toBeUndefined();
  });
});
