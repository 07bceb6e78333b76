import type { BackupInputs, BackupOutputs } from "@cloudhsm-kit/spec";
import type { BackupJob, JobExtras, RecoveryPoint } from "../store/records.js";
import type { RegionStore } from "../store/region-store.js";
import { newRecoveryPointArn } from "./arns.js";
import { aborted, completionWindowOver, expired, startByOf, startWindowOver } from "./backup-jobs-windows.js";
import { type BackupContext, here } from "./context.js";
import { continuousPointOf, continuousRecoveryPointArn, supportsContinuousBackup } from "./continuous.js";
import { invalidParameter, notFound } from "./errors.js";
import { scheduleExpiry } from "./expiry.js";
import { jobWithToken } from "./idempotency.js";
import { JOB_EVENTS, releaseResource, startWhenFree } from "./job-queue.js";
import { calculatedLifecycle, checkLifecycle } from "./lifecycle.js";
import { type ResourceType, resourceTypeOf, supportsColdStorage } from "./resource-types.js";
import { lockProblem } from "./vault-lock.js";
import { vaultOf } from "./vaults.js";

/** The size every emulated backup reports (UNDOC: no data is read). */
const BACKUP_SIZE = 1_073_741_824;

/**
 * StartBackupJob: the resource type is read from the ARN (unknown → InvalidParameterValueException), the lifecycle
 * checked (lifecycle.ts), and a job made CREATED; its recovery point ARN is known at once. The same
 * IdempotencyToken → the same job (B17). A plan rule with EnableContinuousBackup backs a supported resource up
 * continuously: its first run makes the resource's continuous recovery point, later runs update it (continuous.ts);
 * StartBackupJob itself always makes a snapshot ("You can't use on-demand backups with PITR", [UG-PITR]).
 */
export function startBackupJob(
  ctx: BackupContext,
  input: BackupInputs["StartBackupJob"],
  plan?: PlanOrigin,
): BackupOutputs["StartBackupJob"] {
  const store = here(ctx);
  const vault = vaultOf(ctx, input.BackupVaultName);
  const token = input.IdempotencyToken;
  const repeated = jobWithToken(store, store.backupJobs, token);
  if (repeated) {
    return started(repeated);
  }
  const type = resourceTypeOf(input.ResourceArn);
  if (type === undefined) {
    throw invalidParameter(`Invalid resource ARN: AWS Backup does not support the resource ${input.ResourceArn}.`);
  }
  checkLifecycle(input.Lifecycle);
  const rule = plan && ruleOf(store, plan);
  const continuous = rule?.EnableContinuousBackup === true && supportsContinuousBackup(type);
  const job: BackupJob = {
    AccountId: ctx.account,
    BackupJobId: ctx.uuid().toUpperCase(),
    BackupVaultName: vault.BackupVaultName,
    BackupVaultArn: vault.BackupVaultArn,
    RecoveryPointArn: continuous
      ? (continuousPointOf(store.recoveryPoints.values(), vault.BackupVaultName, input.ResourceArn)?.RecoveryPointArn ??
        continuousRecoveryPointArn(ctx, type, input.ResourceArn))
      : newRecoveryPointArn(ctx, type, ctx.region, ctx.account),
    ResourceArn: input.ResourceArn,
    ResourceType: type,
    IamRoleArn: input.IamRoleArn,
    CreationDate: ctx.now,
    StartBy: startByOf(ctx.now, plan ? rule?.StartWindowMinutes : input.StartWindowMinutes),
    State: "CREATED",
    BackupType: "FULL",
    IsParent: false,
    ...(plan ? { CreatedBy: plan.createdBy } : {}),
  };
  store.backupJobs.set(job.BackupJobId, job);
  store.jobExtras.set(job.BackupJobId, {
    ...(token !== undefined ? { idempotencyToken: token } : {}),
    ...(input.Lifecycle !== undefined ? { lifecycle: input.Lifecycle } : {}),
    ...(plan?.copyActions ? { copyActions: plan.copyActions } : {}),
  });
  ctx.schedule({ kind: JOB_EVENTS.backupStarted, id: job.BackupJobId, at: ctx.now + ctx.delays.jobStart });
  if (!plan && input.CompleteWindowMinutes !== undefined) {
    // Its end is looked at again when its completion window ends (backup-jobs-windows.ts).
    const completeBy = ctx.now + input.CompleteWindowMinutes * 60;
    ctx.schedule({ kind: JOB_EVENTS.backupCompleted, id: job.BackupJobId, at: completeBy });
  }
  return started(job);
}

/** What a plan rule's backup job carries: who made it (the recovery point's CreatedBy) and the rule's copy actions. */
export interface PlanOrigin {
  createdBy: NonNullable<BackupJob["CreatedBy"]>;
  copyActions?: NonNullable<JobExtras["copyActions"]>;
}

/**
 * The plan rule a job comes from: its EnableContinuousBackup (continuous backups, model) and StartWindowMinutes (the
 * job's StartBy).
 */
const ruleOf = (store: RegionStore, { createdBy }: PlanOrigin) =>
  store.plans
    .get(createdBy.BackupPlanId ?? "")
    ?.BackupPlan.Rules.find((rule) => rule.RuleId === createdBy.BackupRuleId);

const started = (job: BackupJob): BackupOutputs["StartBackupJob"] => ({
  BackupJobId: job.BackupJobId,
  RecoveryPointArn: job.RecoveryPointArn,
  CreationDate: job.CreationDate,
  IsParent: false,
});

export function backupJobOf(store: RegionStore, id: string): BackupJob {
  const job = store.backupJobs.get(id);
  if (!job) {
    throw notFound(`Backup job ${id} does not exist.`);
  }
  return job;
}

/**
 * Applies a backup job's due transition: its start (when the resource is free; a job still waiting at its StartBy
 * expires), or its end with a recovery point (a job still running when its completion window ends is canceled;
 * backup-jobs-windows.ts).
 */
export function applyBackupJobEvent(ctx: BackupContext, kind: string, id: string): void {
  const store = here(ctx);
  const job = store.backupJobs.get(id);
  if (!job) {
    return;
  }
  if (kind === JOB_EVENTS.backupStarted && startWindowOver(job, ctx.now)) {
    store.backupJobs.set(id, expired(job, ctx.now));
    delete store.jobExtras.get(job.BackupJobId)?.waiting;
  } else if (kind === JOB_EVENTS.backupStarted && job.State === "CREATED") {
    startWhenFree(ctx, store, { job, kind: "backup" });
  } else if (kind === JOB_EVENTS.backupCompleted && completionWindowOver(job, ctx.now)) {
    store.backupJobs.set(id, aborted(job, ctx.now));
    releaseResource(ctx, store, job.ResourceArn);
  } else if (kind === JOB_EVENTS.backupCompleted && job.State === "RUNNING") {
    completeBackupJob(ctx, store, job);
    releaseResource(ctx, store, job.ResourceArn);
  }
}

function completeBackupJob(ctx: BackupContext, store: RegionStore, job: BackupJob): void {
  const vault = store.vaults.get(job.BackupVaultName);
  if (!vault) {
    store.backupJobs.set(job.BackupJobId, {
      ...job,
      State: "FAILED",
      StatusMessage: `Backup vault ${job.BackupVaultName} no longer exists.`,
      CompletionDate: ctx.now,
    });
    return;
  }
  const lifecycle = store.jobExtras.get(job.BackupJobId)?.lifecycle;
  const locked = lockProblem(vault, lifecycle?.DeleteAfterDays, "backup");
  if (locked !== undefined) {
    store.backupJobs.set(job.BackupJobId, { ...job, State: "FAILED", StatusMessage: locked, CompletionDate: ctx.now });
    return;
  }
  const type = job.ResourceType as ResourceType;
  // A continuous recovery point is updated by each run of its rule: it keeps the date it was first made, and its
  // retention window counts from the latest run (UNDOC).
  const earlier = store.recoveryPoints.get(job.RecoveryPointArn);
  const created = earlier?.CreationDate ?? job.CreationDate;
  const point: RecoveryPoint = {
    RecoveryPointArn: job.RecoveryPointArn,
    BackupVaultName: vault.BackupVaultName,
    BackupVaultArn: vault.BackupVaultArn,
    ResourceArn: job.ResourceArn,
    ResourceType: type,
    ...(job.IamRoleArn !== undefined ? { IamRoleArn: job.IamRoleArn } : {}),
    Status: "COMPLETED",
    CreationDate: created,
    InitiationDate: job.CreationDate,
    CompletionDate: ctx.now,
    BackupSizeInBytes: BACKUP_SIZE,
    ...(lifecycle !== undefined ? { Lifecycle: lifecycle } : {}),
    CalculatedLifecycle: calculatedLifecycle(
      job.CreationDate,
      lifecycle,
      supportsColdStorage(
        type,
        ctx.region,
        store.settings.ResourceTypeManagementPreference.DynamoDB === true,
        ctx.legacyBackupSeed,
      ),
    ),
    ...(vault.EncryptionKeyArn !== undefined ? { EncryptionKeyArn: vault.EncryptionKeyArn } : {}),
    IsEncrypted: true,
    StorageClass: "WARM",
    VaultType: "BACKUP_VAULT",
    ...(job.CreatedBy ? { CreatedBy: job.CreatedBy } : {}),
  };
  store.recoveryPoints.set(point.RecoveryPointArn, point);
  scheduleExpiry(ctx, ctx.account, ctx.region, point);
  store.backupJobs.set(job.BackupJobId, {
    ...job,
    State: "COMPLETED",
    CompletionDate: ctx.now,
    PercentDone: "100.0",
    BackupSizeInBytes: BACKUP_SIZE,
  });
}
