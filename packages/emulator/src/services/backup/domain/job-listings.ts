import type { BackupInputs, BackupOutputs } from "@cloudhsm-kit/spec";
import type { BackupJob, CopyJob } from "../store/records.js";
import { backupJobOf } from "./backup-jobs.js";
import { type BackupContext, here } from "./context.js";
import { copyJobOf } from "./copy-jobs.js";
import { inDates, matching, pageOfIndex } from "./paging.js";
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
  const sameAs = matching<BackupJob>([
    [input.ByResourceArn, (j) => j.ResourceArn],
    [input.ByState, (j) => j.State],
    [input.ByBackupVaultName, (j) => j.BackupVaultName],
    [input.ByResourceType, (j) => j.ResourceType],
    [input.ByAccountId, (j) => j.AccountId],
    [input.ByParentJobId, (j) => j.ParentJobId],
    [input.ByMessageCategory, (j) => j.MessageCategory],
  ]);
  const matches = (j: BackupJob) => sameAs(j) && inDates(j, input);
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
  const sameAs = matching<CopyJob>([
    [input.ByResourceArn, (j) => j.ResourceArn],
    [input.ByState, (j) => j.State],
    [input.ByResourceType, (j) => j.ResourceType],
    [input.ByDestinationVaultArn, (j) => j.DestinationBackupVaultArn],
    [input.ByAccountId, (j) => j.AccountId],
    [input.ByParentJobId, (j) => j.ParentJobId],
    [input.ByMessageCategory, (j) => j.MessageCategory],
    [input.BySourceRecoveryPointArn, (j) => j.SourceRecoveryPointArn],
  ]);
  const matches = (j: CopyJob) => sameAs(j) && inDates(j, input);
  const { items, next } = pageOfIndex("copy-jobs", here(ctx).copyJobs.byCreation, matches, input);
  return { CopyJobs: items, ...next };
}
