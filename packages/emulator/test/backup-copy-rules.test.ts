import { InvalidParameterValueException, InvalidRequestException } from "@cloudhsm-kit/client/backup";
import { describe, expect, it } from "vitest";
import { backupSetup, DESTINATION_ACCOUNT, SOURCE_ACCOUNT } from "./backup-harness.js";
import { control as documentedControl } from "./control-helpers.js";

/** StartCopyJob's refusals and outcomes (aws-backup-copy.md B1, B4, B9, B12, B14–B17), through the typed client. */
const ROLE = `arn:aws:iam::${SOURCE_ACCOUNT}:role/backup`;
const TABLE = `arn:aws:dynamodb:us-east-1:${SOURCE_ACCOUNT}:table/orders`;
const FILE_SYSTEM = `arn:aws:elasticfilesystem:us-east-1:${SOURCE_ACCOUNT}:file-system/fs-0123456789abcdef0`;
const DAY = 86_400;

async function withBackup(
  resource = FILE_SYSTEM,
  lifecycle?: { MoveToColdStorageAfterDays?: number; DeleteAfterDays?: number },
) {
  const setup = backupSetup();
  const { east, west, control } = setup;
  await east.createBackupVault({ BackupVaultName: "source" });
  const { BackupVaultArn } = await west.createBackupVault({ BackupVaultName: "dr-vault" });
  const job = await east.startBackupJob({
    BackupVaultName: "source",
    ResourceArn: resource,
    IamRoleArn: ROLE,
    ...(lifecycle ? { Lifecycle: lifecycle } : {}),
  });
  await control.advance(61);
  const copy = (extra: Record<string, unknown> = {}) =>
    east.startCopyJob({
      RecoveryPointArn: job.RecoveryPointArn as string,
      SourceBackupVaultName: "source",
      DestinationBackupVaultArn: BackupVaultArn as string,
      IamRoleArn: ROLE,
      ...extra,
    });
  const state = async (CopyJobId: string | undefined) =>
    (await east.describeCopyJob({ CopyJobId: CopyJobId as string })).CopyJob;
  return {
    ...setup,
    copy,
    state,
    destination: BackupVaultArn as string,
    recoveryPoint: job.RecoveryPointArn as string,
  };
}

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

describe("copy job outcomes", () => {
  it("repeats the job for a repeated idempotency token (B17)", async () => {
    const { copy } = await withBackup();
    const first = await copy({ IdempotencyToken: "token-1" });
    expect((await copy({ IdempotencyToken: "token-1" })).CopyJobId).toBe(first.CopyJobId);
  });

  it("fails when the destination vault is gone at run time, or its lock bounds the retention (B16)", async () => {
    const { copy, state, control, west } = await withBackup();
    await west.putBackupVaultLockConfiguration({ BackupVaultName: "dr-vault", MinRetentionDays: 30 });
    const short = await copy({ Lifecycle: { DeleteAfterDays: 7 } });
    await control.advance(61);
    expect(await state(short.CopyJobId)).toMatchObject({
      State: "FAILED",
      StatusMessage: expect.stringContaining("MinRetentionDays"),
    });
    await west.deleteBackupVaultLockConfiguration({ BackupVaultName: "dr-vault" });
    await west.deleteBackupVault({ BackupVaultName: "dr-vault" });
    const orphan = await copy();
    await control.advance(61);
    expect(await state(orphan.CopyJobId)).toMatchObject({
      State: "FAILED",
      StatusMessage: expect.stringContaining("does not exist"),
    });
  });

  it("fails the next copy job with the message of a control-route fault (InjectBackupCopyFault, as documented)", async () => {
    const { copy, state, control, emu } = await withBackup();
    const h = { emu } as Parameters<typeof documentedControl>[0];
    expect(await documentedControl(h, "POST", "/services/backup/copy-faults", { message: "disk on fire" })).toEqual({
      status: 200,
      body: { pending: 1 },
    });
    expect((await documentedControl(h, "POST", "/services/backup/copy-faults", { message: 1 })).status).toBe(400);
    const failed = await copy();
    const next = await copy({ IdempotencyToken: "other" });
    await control.advance(200);
    expect(await state(failed.CopyJobId)).toMatchObject({ State: "FAILED", StatusMessage: "disk on fire" });
    expect((await state(next.CopyJobId))?.State).toBe("COMPLETED");
  });

  it("runs one job at a time per resource: a second copy waits in CREATED (B15)", async () => {
    const { copy, state, control } = await withBackup();
    const first = await copy({ IdempotencyToken: "a" });
    const second = await copy({ IdempotencyToken: "b" });
    await control.advance(1);
    expect([(await state(first.CopyJobId))?.State, (await state(second.CopyJobId))?.State]).toEqual([
      "RUNNING",
      "CREATED",
    ]);
    await control.advance(60);
    expect([(await state(first.CopyJobId))?.State, (await state(second.CopyJobId))?.State]).toEqual([
      "COMPLETED",
      "RUNNING",
    ]);
    await control.advance(60);
    expect((await state(second.CopyJobId))?.State).toBe("COMPLETED");
  });

  it("keeps the source's DeleteAt for a copy kept for ever (-1) (B5)", async () => {
    const { copy, control, west } = await withBackup(FILE_SYSTEM, { DeleteAfterDays: 100 });
    await copy({ Lifecycle: { DeleteAfterDays: -1 } });
    await control.advance(61);
    const [landed] = (await west.listRecoveryPointsByBackupVault({ BackupVaultName: "dr-vault" })).RecoveryPoints ?? [];
    expect(landed?.CalculatedLifecycle?.DeleteAt).toBe((landed?.CreationDate as number) + 100 * DAY);
  });

  it("pages ListCopyJobs with MaxResults and refuses a foreign NextToken", async () => {
    const { copy, east } = await withBackup();
    for (const token of ["1", "2", "3"]) {
      await copy({ IdempotencyToken: token });
    }
    const first = await east.listCopyJobs({ MaxResults: 2 });
    expect(first.CopyJobs).toHaveLength(2);
    const second = await east.listCopyJobs({ MaxResults: 2, NextToken: first.NextToken as string });
    expect([second.CopyJobs?.length, second.NextToken]).toEqual([1, undefined]);
    await expect(east.listCopyJobs({ ByState: "FAILED", NextToken: first.NextToken as string })).rejects.toBeInstanceOf(
      InvalidParameterValueException,
    );
  });

  it("summarises copy jobs by state, resource type and message category (ListCopyJobSummaries)", async () => {
    const { copy, control, east } = await withBackup();
    await copy({ IdempotencyToken: "x" });
    await copy({ IdempotencyToken: "y" });
    await control.advance(200);
    const { CopyJobSummaries, AggregationPeriod } = await east.listCopyJobSummaries({});
    expect(AggregationPeriod).toBe("ONE_DAY");
    expect(CopyJobSummaries).toEqual([
      expect.objectContaining({
        State: "COMPLETED",
        ResourceType: "EFS",
        MessageCategory: "SUCCESS",
        Count: 2,
        Region: "us-east-1",
      }),
    ]);
    const all = await east.listCopyJobSummaries({ State: "AGGREGATE_ALL", AggregationPeriod: "SEVEN_DAYS" });
    expect(all.CopyJobSummaries?.[0]).toMatchObject({ State: "AGGREGATE_ALL", Count: 2 });
    expect((await east.listCopyJobSummaries({ State: "FAILED" })).CopyJobSummaries).toEqual([]);
  });

  it("deletes a recovery point at its DeleteAt, in the source and in the copy's destination (Lifecycle.DeleteAfterDays)", async () => {
    const { copy, control, east, west } = await withBackup(FILE_SYSTEM, { DeleteAfterDays: 2 });
    await copy({ Lifecycle: { DeleteAfterDays: 3 } });
    await control.advance(61);
    const count = async () => [
      (await east.listRecoveryPointsByBackupVault({ BackupVaultName: "source" })).RecoveryPoints?.length,
      (await west.listRecoveryPointsByBackupVault({ BackupVaultName: "dr-vault" })).RecoveryPoints?.length,
    ];
    expect(await count()).toEqual([1, 1]);
    await control.advance(2 * DAY);
    expect(await count()).toEqual([0, 1]);
    await control.advance(DAY);
    expect(await count()).toEqual([0, 0]);
  });
});
