import { ResourceNotFoundException, waitUntilCopyJobDone } from "@cloudhsm-kit/client/backup";
import { describe, expect, it } from "vitest";
import { backupSetup, DESTINATION_ACCOUNT, SOURCE_ACCOUNT } from "./backup-harness.js";

/**
 * AWS Backup's cross-Region copy end to end with the typed client (`@cloudhsm-kit/client/backup`) against an
 * in-process emulator: a backup in us-east-1 copied into a vault of another account in us-west-2, the emulated clock
 * advanced through the control API, every reply checked against the Backup document.
 */
const ROLE = `arn:aws:iam::${SOURCE_ACCOUNT}:role/service-role/AWSBackupDefaultServiceRole`;
const VOLUME = `arn:aws:ec2:us-east-1:${SOURCE_ACCOUNT}:volume/vol-0123456789abcdef0`;
const DAY = 86_400;

describe("AWS Backup cross-Region copy with the typed client", () => {
  it("copies a backup from us-east-1 into a vault of another account in us-west-2, keeping its creation date", async () => {
    const { control, east, west } = backupSetup();
    await east.createBackupVault({ BackupVaultName: "source" });
    const { BackupVaultArn: destinationArn } = await west.createBackupVault({ BackupVaultName: "dr-vault" });
    expect(destinationArn).toBe(`arn:aws:backup:us-west-2:${DESTINATION_ACCOUNT}:backup-vault:dr-vault`);

    const lifecycle = { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 120 };
    const job = await east.startBackupJob({
      BackupVaultName: "source",
      ResourceArn: VOLUME,
      IamRoleArn: ROLE,
      Lifecycle: lifecycle,
    });
    expect(job.RecoveryPointArn).toMatch(/^arn:aws:ec2:us-east-1::snapshot\/snap-[0-9a-f]{17}$/);
    expect((await east.describeBackupJob({ BackupJobId: job.BackupJobId as string })).State).toBe("CREATED");
    await control.advance(1);
    expect((await east.describeBackupJob({ BackupJobId: job.BackupJobId as string })).State).toBe("RUNNING");
    await control.advance(60);
    expect((await east.describeBackupJob({ BackupJobId: job.BackupJobId as string })).State).toBe("COMPLETED");

    const RecoveryPointArn = job.RecoveryPointArn as string;
    const source = await east.describeRecoveryPoint({ BackupVaultName: "source", RecoveryPointArn });
    expect([source.StorageClass, source.ResourceType, source.Status]).toEqual(["WARM", "EBS", "COMPLETED"]);
    const created = source.CreationDate as number;
    expect(source.CalculatedLifecycle?.DeleteAt).toBe(created + 120 * DAY);

    await control.advance(3600);
    const { CopyJobId } = await east.startCopyJob({
      RecoveryPointArn,
      SourceBackupVaultName: "source",
      DestinationBackupVaultArn: destinationArn as string,
      IamRoleArn: ROLE,
    });
    const describe = async () => (await east.describeCopyJob({ CopyJobId: CopyJobId as string })).CopyJob;
    expect((await describe())?.State).toBe("CREATED");
    await control.advance(1);
    expect((await describe())?.State).toBe("RUNNING");
    await control.advance(60);
    const copy = await waitUntilCopyJobDone(east, { CopyJobId: CopyJobId as string, timeoutMs: 5000 });
    const done = copy.job;
    expect(done?.State).toBe("COMPLETED");
    expect(done?.DestinationRecoveryPointArn).toMatch(/^arn:aws:ec2:us-west-2::snapshot\/snap-[0-9a-f]{17}$/);

    const landed = await west.describeRecoveryPoint({
      BackupVaultName: "dr-vault",
      RecoveryPointArn: done?.DestinationRecoveryPointArn as string,
    });
    expect(landed.BackupVaultArn).toBe(destinationArn);
    expect(landed.CreationDate).toEqual(created);
    expect(landed.SourceBackupVaultArn).toBe(`arn:aws:backup:us-east-1:${SOURCE_ACCOUNT}:backup-vault:source`);
    expect([landed.ResourceArn, landed.ResourceType, landed.Lifecycle]).toEqual([VOLUME, "EBS", lifecycle]);
    expect((await west.listRecoveryPointsByBackupVault({ BackupVaultName: "dr-vault" })).RecoveryPoints).toHaveLength(
      1,
    );
    await expect(
      east.describeRecoveryPoint({
        BackupVaultName: "dr-vault",
        RecoveryPointArn: done?.DestinationRecoveryPointArn as string,
      }),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
    expect((await east.listCopyJobs({ ByState: "COMPLETED" })).CopyJobs?.map((j) => j.CopyJobId)).toEqual([CopyJobId]);
  });
});
