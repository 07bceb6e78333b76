import { InvalidParameterValueException, InvalidRequestException } from "@cloudhsm-kit/client/backup";
import { describe, expect, it } from "vitest";
import { DAY, FILE_SYSTEM, TABLE, withBackup } from "./backup-copy-fixture.js";
import { DESTINATION_ACCOUNT } from "./backup-harness.js";

/** StartCopyJob's refusals (aws-backup-copy.md B1, B4, B9, B12), through the typed client. */
describe("StartCopyJob refusals", () => {
  it("refuses a lifecycle that breaks the 90-day rule and accepts exactly 90 days (B1)", async () => {
    const { copy } = await withBackup();
    await expect(copy({ Lifecycle: { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 119 } })).rejects.toBeInstanceOf(
      InvalidParameterValueException,
    );
    expect(
      (await copy({ Lifecycle: { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 120 } })).CopyJobId,
    ).toBeTruthy();
  });

  it("refuses a destination vault in another partition (B12)", async () => {
    const { copy } = await withBackup();
    const china = `arn:aws-cn:backup:cn-north-1:${DESTINATION_ACCOUNT}:backup-vault:dr-vault`;
    await expect(copy({ DestinationBackupVaultArn: china })).rejects.toBeInstanceOf(InvalidParameterValueException);
  });

  it("refuses a recovery point that has moved to cold storage (B4)", async () => {
    const { copy, control } = await withBackup(FILE_SYSTEM, { MoveToColdStorageAfterDays: 1, DeleteAfterDays: 100 });
    await control.advance(DAY);
    await expect(copy()).rejects.toBeInstanceOf(InvalidRequestException);
  });

  it("refuses DynamoDB until full AWS Backup management is on in the Region settings (B9)", async () => {
    const { copy, east } = await withBackup(TABLE);
    await expect(copy()).rejects.toBeInstanceOf(InvalidRequestException);
    await east.updateRegionSettings({ ResourceTypeManagementPreference: { DynamoDB: true } });
    expect((await east.describeRegionSettings({})).ResourceTypeManagementPreference?.DynamoDB).toBe(true);
    expect((await copy()).CopyJobId).toBeTruthy();
  });
});
