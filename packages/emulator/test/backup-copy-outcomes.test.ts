import { InvalidParameterValueException } from "@cloudhsm-kit/client/backup";
import { describe, expect, it } from "vitest";
import { DAY, FILE_SYSTEM, ROLE, withBackup } from "./backup-copy-fixture.js";
import { backupSetup } from "./backup-harness.js";
import { control as documentedControl } from "./control-helpers.js";

/** Copy and backup job outcomes (aws-backup-copy.md B5, B14–B17), summaries and expiry, through the typed client. */
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

  it("fails a backup job whose retention a locked vault does not allow (B16)", async () => {
    const { east, control } = backupSetup();
    await east.createBackupVault({ BackupVaultName: "locked" });
    await east.putBackupVaultLockConfiguration({ BackupVaultName: "locked", MaxRetentionDays: 30 });
    expect((await east.describeBackupVault({ BackupVaultName: "locked" })).Locked).toBe(true);
    const job = await east.startBackupJob({ BackupVaultName: "locked", ResourceArn: FILE_SYSTEM, IamRoleArn: ROLE });
    await control.advance(61);
    const failed = await east.describeBackupJob({ BackupJobId: job.BackupJobId as string });
    expect([failed.State, failed.StatusMessage]).toEqual(["FAILED", expect.stringContaining("MaxRetentionDays 30")]);
    expect((await east.listRecoveryPointsByBackupVault({ BackupVaultName: "locked" })).RecoveryPoints).toEqual([]);
  });
});
