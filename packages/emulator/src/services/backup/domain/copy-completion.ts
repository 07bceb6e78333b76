import type { CopyJob, RecoveryPoint, Vault } from "../store/records.js";
import type { RegionStore } from "../store/region-store.js";
import { newRecoveryPointArn, parseVaultArn } from "./arns.js";
import { type BackupContext, here } from "./context.js";
import { scheduleExpiry } from "./expiry.js";
import { JOB_EVENTS, releaseResource, startWhenFree } from "./job-queue.js";
import { calculatedLifecycle } from "./lifecycle.js";
import { type ResourceType, supportsColdStorage } from "./resource-types.js";
import { lockProblem } from "./vault-lock.js";

/** Applies a copy job's due transition: its start (when the resource is free), or its end. */
export function applyCopyJobEvent(ctx: BackupContext, kind: string, id: string): void {
  const store = here(ctx);
  const job = store.copyJobs.get(id);
  if (!job) {
    return;
  }
  if (kind === JOB_EVENTS.copyStarted && job.State === "CREATED") {
    startWhenFree(ctx, store, { job, kind: "copy" });
  } else if (kind === JOB_EVENTS.copyCompleted && job.State === "RUNNING") {
    completeCopyJob(ctx, store, job);
    releaseResource(ctx, store, job.ResourceArn);
  }
}

/**
 * The end of a copy job: FAILED with a StatusMessage when an injected fault says so, when the destination vault does
 * not exist now, or when its lock's Min/MaxRetentionDays bound the copy's retention ("the vault fails the backup or
 * copy job", B16); else COMPLETED with a recovery point in the destination vault's Region and account (B5).
 */
function completeCopyJob(ctx: BackupContext, store: RegionStore, job: CopyJob): void {
  const address = parseVaultArn(job.DestinationBackupVaultArn);
  const destinationStore = address && ctx.store.region(address.account, address.region);
  const vault = address && destinationStore?.vaults.get(address.name);
  const failure =
    store.jobExtras.get(job.CopyJobId)?.fault ??
    (vault ? lockProblem(vault, job.DestinationRecoveryPointLifecycle?.DeleteAfterDays, "copy") : undefined) ??
    (vault ? undefined : `Destination backup vault ${job.DestinationBackupVaultArn} does not exist.`);
  const source = store.recoveryPoints.get(job.SourceRecoveryPointArn);
  if (failure !== undefined || !vault || !destinationStore || !address || !source) {
    store.copyJobs.set(job.CopyJobId, {
      ...job,
      State: "FAILED",
      StatusMessage: failure ?? "The source recovery point no longer exists.",
      CompletionDate: ctx.now,
      MessageCategory: "FAILED",
    });
    return;
  }
  const point = copiedPoint(ctx, source, job, vault, destinationStore, address.region, address.account);
  destinationStore.recoveryPoints.set(point.RecoveryPointArn, point);
  scheduleExpiry(ctx, address.account, address.region, point);
  store.copyJobs.set(job.CopyJobId, {
    ...job,
    State: "COMPLETED",
    CompletionDate: ctx.now,
    DestinationRecoveryPointArn: point.RecoveryPointArn,
    DestinationVaultType: vault.VaultType ?? "BACKUP_VAULT",
    DestinationVaultLockState: vault.Locked ? "LOCKED" : "UNLOCKED",
    ...(vault.EncryptionKeyArn !== undefined ? { DestinationEncryptionKeyArn: vault.EncryptionKeyArn } : {}),
    MessageCategory: "SUCCESS",
  });
}

/**
 * The destination recovery point: it keeps the source's CreationDate, resource and type, reports the source vault
 * (SourceBackupVaultArn) and takes the copy's lifecycle, or the source's; CalculatedLifecycle counts from the source's
 * creation date, and a copy kept for ever (-1) keeps the source's DeleteAt (B5). The key is the destination vault's (B7).
 */
function copiedPoint(
  ctx: BackupContext,
  source: RecoveryPoint,
  job: CopyJob,
  vault: Vault,
  destination: RegionStore,
  region: string,
  account: string,
): RecoveryPoint {
  const type = source.ResourceType as ResourceType;
  const lifecycle = job.DestinationRecoveryPointLifecycle;
  const cold = supportsColdStorage(
    type,
    region,
    destination.settings.ResourceTypeManagementPreference.DynamoDB === true,
    ctx.legacyBackupSeed,
  );
  const calculated = calculatedLifecycle(source.CreationDate, lifecycle, cold);
  const sourceDeleteAt = source.CalculatedLifecycle?.DeleteAt;
  if (lifecycle?.DeleteAfterDays === -1 && sourceDeleteAt !== undefined) {
    calculated.DeleteAt = sourceDeleteAt;
  }
  const { StorageClass: _, Lifecycle: __, CalculatedLifecycle: ___, ...kept } = source;
  return {
    ...kept,
    RecoveryPointArn: newRecoveryPointArn(ctx, type, region, account),
    BackupVaultName: vault.BackupVaultName,
    BackupVaultArn: vault.BackupVaultArn,
    SourceBackupVaultArn: job.SourceBackupVaultArn,
    ...(lifecycle !== undefined ? { Lifecycle: lifecycle } : {}),
    CalculatedLifecycle: calculated,
    ...(vault.EncryptionKeyArn !== undefined ? { EncryptionKeyArn: vault.EncryptionKeyArn } : {}),
    InitiationDate: job.CreationDate,
    CompletionDate: ctx.now,
    StorageClass: "WARM",
  };
}
