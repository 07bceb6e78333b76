import { InvalidRequestException } from "@cloudhsm-kit/client/backup";
import { describe, expect, it } from "vitest";
import { TABLE, withBackup } from "./backup-copy-fixture.js";
import { SOURCE_ACCOUNT } from "./backup-harness.js";

const VOLUME = `arn:aws:ec2:us-east-1:${SOURCE_ACCOUNT}:volume/vol-0123456789abcdef0`;

/** The legacy option: AWS Backup as the seed page describes it, only when asked for (README, "The seed page"). */
describe("the legacyBackupSeed option", () => {
  it("refuses a cross-Region copy of DynamoDB even with full management, which AWS allows today", async () => {
    const copyWith = async (legacyBackupSeed: boolean) => {
      const { east, copy } = await withBackup(TABLE, undefined, { legacyBackupSeed });
      await east.updateRegionSettings({ ResourceTypeManagementPreference: { DynamoDB: true } });
      return copy();
    };
    await expect(copyWith(true)).rejects.toBeInstanceOf(InvalidRequestException);
    expect((await copyWith(false)).CopyJobId).toBeTruthy();
  });

  it("ignores the cold-storage setting of an EBS backup, which AWS honours today", async () => {
    const coldAt = async (legacyBackupSeed: boolean) => {
      const lifecycle = { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 120 };
      const { east, recoveryPoint } = await withBackup(VOLUME, lifecycle, { legacyBackupSeed });
      const point = await east.describeRecoveryPoint({ BackupVaultName: "source", RecoveryPointArn: recoveryPoint });
      return point.CalculatedLifecycle?.MoveToColdStorageAt;
    };
    expect(await coldAt(true)).toBeUndefined();
    expect(await coldAt(false)).toBeDefined();
  });
});
