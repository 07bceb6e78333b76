import { InvalidRequestException } from "@cloudhsm-kit/client/backup";
import { describe, expect, it } from "vitest";
import { ROLE } from "./backup-copy-fixture.js";
import { backupSetup, DESTINATION_ACCOUNT, SOURCE_ACCOUNT } from "./backup-harness.js";

/** Continuous backups (aws-backup-copy.md B13; [UG-PITR]) made by a plan rule, and what they refuse. */
const DESTINATION = `arn:aws:backup:us-west-2:${DESTINATION_ACCOUNT}:backup-vault:dr-vault`;
const DATABASE = `arn:aws:rds:us-east-1:${SOURCE_ACCOUNT}:db:orders`;
const FILE_SYSTEM = `arn:aws:elasticfilesystem:us-east-1:${SOURCE_ACCOUNT}:file-system/fs-0123456789abcdef0`;

/** A vault pair and a plan whose one rule backs `resources` up continuously, copying to the destination. */
async function continuousPlan(resources: string[], copyActions = true) {
  const setup = backupSetup();
  const { east, west } = setup;
  await east.createBackupVault({ BackupVaultName: "source" });
  await west.createBackupVault({ BackupVaultName: "dr-vault" });
  const { BackupPlanId = "" } = await east.createBackupPlan({
    BackupPlan: {
      BackupPlanName: "pitr",
      Rules: [
        {
          RuleName: "continuous",
          TargetBackupVaultName: "source",
          EnableContinuousBackup: true,
          ScheduleExpression: "cron(0 5 ? * * *)",
          Lifecycle: { DeleteAfterDays: 35 },
          ...(copyActions ? { CopyActions: [{ DestinationBackupVaultArn: DESTINATION }] } : {}),
        },
      ],
    },
  });
  await east.createBackupSelection({
    BackupPlanId,
    BackupSelection: { SelectionName: "dbs", IamRoleArn: ROLE, Resources: resources },
  });
  const points = async () =>
    (await east.listRecoveryPointsByBackupVault({ BackupVaultName: "source" })).RecoveryPoints ?? [];
  return { ...setup, points };
}

describe("continuous backups", () => {
  it("are one recovery point per resource, of the continuous ARN form, updated by each run of the rule", async () => {
    const { control, points } = await continuousPlan([DATABASE, FILE_SYSTEM], false);
    await control.advance(86_400);
    const first = await points();
    const database = first.find((p) => p.ResourceArn === DATABASE);
    expect(database?.RecoveryPointArn).toMatch(/:recovery-point:continuous:db-[0-9A-F]{26}-[0-9a-f]{8}$/);
    // EFS has no continuous backup: the rule makes a snapshot of it.
    expect(first.find((p) => p.ResourceArn === FILE_SYSTEM)?.RecoveryPointArn).not.toContain(":continuous:");
    await control.advance(86_400);
    const second = await points();
    expect(second.filter((p) => p.ResourceArn === DATABASE)).toEqual([
      expect.objectContaining({ RecoveryPointArn: database?.RecoveryPointArn, CreationDate: database?.CreationDate }),
    ]);
    expect(second.filter((p) => p.ResourceArn === FILE_SYSTEM)).toHaveLength(2);
  });

  it("cannot be copied on demand, nor their lifecycle changed; a rule's copy action copies a snapshot", async () => {
    const { east, west, control, points } = await continuousPlan([DATABASE]);
    await control.advance(86_400);
    const [point] = await points();
    const arn = point?.RecoveryPointArn as string;
    const copy = east.startCopyJob({
      RecoveryPointArn: arn,
      SourceBackupVaultName: "source",
      DestinationBackupVaultArn: DESTINATION,
      IamRoleArn: ROLE,
    });
    await expect(copy).rejects.toBeInstanceOf(InvalidRequestException);
    await expect(copy).rejects.toThrow(/Continuous backups cannot be copied on demand/);
    const update = east.updateRecoveryPointLifecycle({
      BackupVaultName: "source",
      RecoveryPointArn: arn,
      Lifecycle: { DeleteAfterDays: 20 },
    });
    await expect(update).rejects.toBeInstanceOf(InvalidRequestException);
    const [scheduled] = (await east.listCopyJobs({})).CopyJobs ?? [];
    expect(scheduled).toMatchObject({ State: "COMPLETED", SourceRecoveryPointArn: arn });
    const [landed] = (await west.listRecoveryPointsByBackupVault({ BackupVaultName: "dr-vault" })).RecoveryPoints ?? [];
    expect(landed?.RecoveryPointArn).toBeDefined();
    expect(landed?.RecoveryPointArn).not.toContain(":continuous:");
  });
});
