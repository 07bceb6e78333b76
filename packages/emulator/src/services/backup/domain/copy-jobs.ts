import type { BackupInputs, BackupOutputs } from "@cloudhsm-kit/spec";
import type { CopyJob } from "../store/records.js";
import type { RegionStore } from "../store/region-store.js";
import { parseVaultArn } from "./arns.js";
import { type BackupContext, here } from "./context.js";
import { isContinuous } from "./continuous.js";
import { copyRefusal } from "./copy-rules.js";
import { BackupError, invalidParameter, invalidRequest, notFound } from "./errors.js";
import { jobWithToken } from "./idempotency.js";
import { JOB_EVENTS } from "./job-queue.js";
import { checkLifecycle } from "./lifecycle.js";
import { recoveryPointOf, storageClassAt } from "./recovery-points.js";
import { REFUSAL_CHOICES } from "./refusal-choices.js";
import { vaultOf } from "./vaults.js";

/**
 * StartCopyJob, called in the source Region (aws-backup-copy.md §3): the source vault by name in the caller's account
 * and Region, the destination by vault ARN. Refused at once (UNDOC: which refusals are synchronous, and their errors):
 * a lifecycle breaking the rules (B1, B2); a destination in another partition (B12); a recovery point in cold storage
 * (B4); a continuous recovery point, unless a plan rule's copy action copies it (B13); DynamoDB without full AWS
 * Backup management in the Region settings (B9). A missing or locked destination vault fails the job when it runs
 * instead (copy-completion.ts; refusal-choices.ts). The same IdempotencyToken → the same job (B17).
 */
export function startCopyJob(
  ctx: BackupContext,
  input: BackupInputs["StartCopyJob"],
  createdByBackupJobId?: string,
): BackupOutputs["StartCopyJob"] {
  const store = here(ctx);
  const token = input.IdempotencyToken;
  const repeated = jobWithToken(store, store.copyJobs, token);
  if (repeated) {
    return started(repeated);
  }
  const source = vaultOf(ctx, input.SourceBackupVaultName);
  const point = recoveryPointOf(ctx, input.SourceBackupVaultName, input.RecoveryPointArn);
  checkLifecycle(input.Lifecycle);
  const destination = parseVaultArn(input.DestinationBackupVaultArn);
  if (!destination) {
    throw invalidParameter(`Invalid destination backup vault ARN: ${input.DestinationBackupVaultArn}`);
  }
  if (destination.partition !== ctx.partition) {
    throw invalidParameter(
      `Cross-partition copy is not supported: the destination vault is in partition ${destination.partition}, the source in ${ctx.partition}.`,
    );
  }
  if (storageClassAt(point, ctx.now) === "COLD") {
    // "backups in cold storage or archive tiers cannot be copied" ([UG-COPY]).
    throw new BackupError(REFUSAL_CHOICES.coldCopyError, "Backups in cold storage cannot be copied.");
  }
  if (isContinuous(point.RecoveryPointArn) && createdByBackupJobId === undefined) {
    // "AWS Backup does not support on-demand copies of continuous backups." ([UG-PITR]); a continuous rule's copy
    // action copies a snapshot instead, which copiedPoint makes (a periodic recovery point in the destination).
    throw new BackupError(
      REFUSAL_CHOICES.continuousCopyError,
      "Continuous backups cannot be copied on demand: a backup rule's copy action copies a snapshot of them.",
    );
  }
  if (point.ResourceType === "DynamoDB" && store.settings.ResourceTypeManagementPreference.DynamoDB !== true) {
    throw invalidRequest(
      "Copying DynamoDB backups requires AWS Backup advanced features for DynamoDB (UpdateRegionSettings ResourceTypeManagementPreference DynamoDB).",
    );
  }
  // The Region and resource-type rules (B8, B10, B12; the seed page's with the legacy option).
  const refusal = copyRefusal({
    type: point.ResourceType,
    resourceArn: point.ResourceArn ?? "",
    partition: ctx.partition,
    from: { account: ctx.account, region: ctx.region },
    to: destination,
    legacySeed: ctx.legacyBackupSeed,
  });
  if (refusal !== undefined) {
    throw invalidRequest(refusal);
  }
  const lifecycle = input.Lifecycle ?? point.Lifecycle;
  const job: CopyJob = {
    AccountId: ctx.account,
    CopyJobId: ctx.uuid().toUpperCase(),
    SourceBackupVaultArn: source.BackupVaultArn,
    SourceRecoveryPointArn: point.RecoveryPointArn,
    DestinationBackupVaultArn: input.DestinationBackupVaultArn,
    ResourceArn: point.ResourceArn,
    ...(point.ResourceType !== undefined ? { ResourceType: point.ResourceType } : {}),
    IamRoleArn: input.IamRoleArn,
    CreationDate: ctx.now,
    State: "CREATED",
    ...(point.BackupSizeInBytes !== undefined ? { BackupSizeInBytes: point.BackupSizeInBytes } : {}),
    IsParent: false,
    ...(createdByBackupJobId !== undefined ? { CreatedByBackupJobId: createdByBackupJobId } : {}),
    ...(lifecycle !== undefined ? { DestinationRecoveryPointLifecycle: lifecycle } : {}),
  };
  store.copyJobs.set(job.CopyJobId, job);
  const fault = ctx.takeCopyFault();
  store.jobExtras.set(job.CopyJobId, {
    ...(token !== undefined ? { idempotencyToken: token } : {}),
    ...(fault !== undefined ? { fault } : {}),
  });
  ctx.schedule({ kind: JOB_EVENTS.copyStarted, id: job.CopyJobId, at: ctx.now + ctx.delays.jobStart });
  return started(job);
}

const started = (job: CopyJob): BackupOutputs["StartCopyJob"] => ({
  CopyJobId: job.CopyJobId,
  CreationDate: job.CreationDate,
  IsParent: false,
});

export function copyJobOf(store: RegionStore, id: string): CopyJob {
  const job = store.copyJobs.get(id);
  if (!job) {
    throw notFound(`Copy job ${id} does not exist.`);
  }
  return job;
}
