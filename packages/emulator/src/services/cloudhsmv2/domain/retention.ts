import type { Backup, BackupRetentionPolicy, Cluster } from "../store/records.js";
import { BACKUP_CHOICES } from "./backup-choices.js";
import { transition } from "./backup-lifecycle.js";
import type { DomainContext } from "./context.js";
import { invalid } from "./errors.js";
import { DAY_SECONDS, UNDOC_ERRORS } from "./undocumented-errors.js";

/**
 * Backup retention (manage-backup-retention; cloudhsmv2-api.md §5(e)): 7–379 days per cluster, default 90. Expired
 * backups are "marked for deletion" (→ PENDING_DELETION, restorable); NeverExpires backups and "a cluster's last
 * backup" (BACKUP_CHOICES.lastBackup) are exempt. Copies have no cluster and no policy.
 */
export const DEFAULT_RETENTION: BackupRetentionPolicy = { Type: "DAYS", Value: "90" };
export const MIN_RETENTION_DAYS = 7;
export const MAX_RETENTION_DAYS = 379;

/** "Use a value between 7 - 379." The model only enforces 1–3 digits (cloudhsmv2-api.md §5(e)). */
export function checkRetentionPolicy(policy: { Type?: string; Value?: string }): BackupRetentionPolicy {
  if (policy.Type !== undefined && policy.Type !== "DAYS") {
    throw invalid(`BackupRetentionPolicy Type must be DAYS.`);
  }
  const value = policy.Value ?? DEFAULT_RETENTION.Value;
  const days = Number(value);
  if (!/^[0-9]+$/.test(value) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
    throw UNDOC_ERRORS.refused(
      `BackupRetentionPolicy Value '${value}' is out of range: use a value between ${MIN_RETENTION_DAYS} and ${MAX_RETENTION_DAYS}.`,
    );
  }
  return { Type: "DAYS", Value: String(days) };
}

/** Schedules a check unless an earlier one is pending (that one reschedules from the state it sees). */
export function scheduleRetentionCheck(ctx: DomainContext, clusterId: string, at: number): void {
  const pending = ctx.store.region(ctx.account, ctx.region).retentionChecks;
  const earlier = pending.get(clusterId);
  if (earlier !== undefined && earlier <= at) {
    return;
  }
  pending.set(clusterId, at);
  ctx.schedule({ at, kind: "cluster.retention-check", id: clusterId });
}

function retentionOf(ctx: DomainContext, clusterId: string): Cluster | undefined {
  const r = ctx.store.region(ctx.account, ctx.region);
  const cluster = r.clusters.get(clusterId) ?? r.retiredClusters.get(clusterId);
  const deleted = cluster === undefined || cluster.State === "DELETED" || r.retiredClusters.has(clusterId);
  return deleted && !BACKUP_CHOICES.deletedClusterKeepsRetention ? undefined : cluster;
}

/**
 * Marks the cluster's expired backups for deletion and schedules the next check at the next expiry. Idempotent:
 * stale or duplicate checks change nothing.
 */
export function applyRetention(ctx: DomainContext, clusterId: string): Backup[] {
  const pending = ctx.store.region(ctx.account, ctx.region).retentionChecks;
  if ((pending.get(clusterId) ?? Number.POSITIVE_INFINITY) <= ctx.now) {
    pending.delete(clusterId);
  }
  const cluster = retentionOf(ctx, clusterId);
  if (!cluster) {
    return [];
  }
  const lifetime = Number(cluster.BackupRetentionPolicy.Value) * DAY_SECONDS;
  const index = ctx.store.region(ctx.account, ctx.region).backups;
  const ready = index.all().filter((b) => b.ClusterId === clusterId && b.BackupState === "READY");
  const newest = BACKUP_CHOICES.lastBackup(ready); // the index is ascending by CreateTimestamp
  const purged: Backup[] = [];
  let next: number | undefined;
  for (const b of ready) {
    if (b.NeverExpires || b === newest) {
      continue;
    }
    const expiresAt = b.CreateTimestamp + lifetime;
    if (expiresAt <= ctx.now) {
      const pending = transition(index, b, "PENDING_DELETION", ctx.now);
      ctx.schedule({ at: pending.DeleteTimestamp as number, kind: "backup.expired", id: pending.BackupId });
      purged.push(pending);
    } else if (next === undefined || expiresAt < next) {
      next = expiresAt;
    }
  }
  if (next !== undefined) {
    scheduleRetentionCheck(ctx, clusterId, next);
  }
  return purged;
}
