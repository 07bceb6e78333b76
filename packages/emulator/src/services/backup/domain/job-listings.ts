import type { BackupInputs, BackupOutputs } from "@cloudhsm-kit/spec";
import type { BackupJob, CopyJob } from "../store/records.js";
import { backupJobOf } from "./backup-jobs.js";
import { type BackupContext, here } from "./context.js";
import { copyJobOf } from "./copy-jobs.js";
import { inDates, pageOfIndex, passes } from "./paging.js";
import type { Received } from "./received.js";

export const describeBackupJob = (ctx: BackupContext, id: string): BackupOutputs["DescribeBackupJob"] =>
  backupJobOf(here(ctx), id);

export const describeCopyJob = (ctx: BackupContext, id: string): BackupOutputs["DescribeCopyJob"] => ({
  CopyJob: copyJobOf(here(ctx), id),
});

/** ListBackupJobs: the caller's account and Region, every filter of the model, oldest first, paged. */
export function listBackupJobs(
  ctx: BackupContext,
  input: Received<BackupInputs["ListBackupJobs"]>,
): BackupOutputs["ListBackupJobs"] {
  const matches = (j: BackupJob) =>
    passes([
      [input.ByResourceArn, j.ResourceArn],
      [input.ByState, j.State],
      [input.ByBackupVaultName, j.BackupVaultName],
      [input.ByResourceType, j.ResourceType],
      [input.ByAccountId, j.AccountId],
      [input.ByParentJobId, j.ParentJobId],
      [input.ByMessageCategory, j.MessageCategory],
    ]) && inDates(j, input);
  const { items, next } = pageOfIndex("backup-jobs", here(ctx).backupJobs.byCreation, matches, input);
  return { BackupJobs: items, ...next };
}

/**
 * ListCopyJobs: the jobs started in the caller's account and Region (UNDOC: whether the destination Region lists a
 * cross-Region copy too, §9 question 4 — here it does not), every filter of the model, oldest first, paged.
 */
export function listCopyJobs(
  ctx: BackupContext,
  input: Received<BackupInputs["ListCopyJobs"]>,
): BackupOutputs["ListCopyJobs"] {
  const matches = (j: CopyJob) =>
    passes([
      [input.ByResourceArn, j.ResourceArn],
      [input.ByState, j.State],
      [input.ByResourceType, j.ResourceType],
      [input.ByDestinationVaultArn, j.DestinationBackupVaultArn],
      [input.ByAccountId, j.AccountId],
      [input.ByParentJobId, j.ParentJobId],
      [input.ByMessageCategory, j.MessageCategory],
      [input.BySourceRecoveryPointArn, j.SourceRecoveryPointArn],
    ]) && inDates(j, input);
  const { items, next } = pageOfIndex("copy-jobs", here(ctx).copyJobs.byCreation, matches, input);
  return { CopyJobs: items, ...next };
}
