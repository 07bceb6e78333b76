import type { EmulatorOptions } from "../src/emulator.js";
import { backupSetup, SOURCE_ACCOUNT } from "./backup-harness.js";

/** A source vault in us-east-1 with a completed backup, a destination vault in us-west-2, and a StartCopyJob of it. */
export const ROLE = `arn:aws:iam::${SOURCE_ACCOUNT}:role/backup`;
export const TABLE = `arn:aws:dynamodb:us-east-1:${SOURCE_ACCOUNT}:table/orders`;
export const FILE_SYSTEM = `arn:aws:elasticfilesystem:us-east-1:${SOURCE_ACCOUNT}:file-system/fs-0123456789abcdef0`;
export const DAY = 86_400;

export async function withBackup(
  resource = FILE_SYSTEM,
  lifecycle?: { MoveToColdStorageAfterDays?: number; DeleteAfterDays?: number },
  options: EmulatorOptions = {},
) {
  const setup = backupSetup(options);
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
