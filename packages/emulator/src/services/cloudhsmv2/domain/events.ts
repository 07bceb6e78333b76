import type { ScheduledEvent } from "../../../core/time/scheduler.js";
import type { Cluster } from "../store/records.js";
import { dropPolicy } from "../store/region-store.js";
import { BACKUP_CHOICES } from "./backup-choices.js";
import { startClusterBackup, transition } from "./backup-lifecycle.js";
import { startDailyBackups, transitionCluster } from "./cluster.js";
import { CLUSTER_CHOICES } from "./cluster-choices.js";
import type { DomainContext } from "./context.js";
import { applyRetention, scheduleRetentionCheck } from "./retention.js";

/** Every kind of scheduled transition (checked when a state document is imported). */
export const EVENT_KINDS = [
  "backup.created",
  "backup.copied",
  "backup.copy-failed",
  "backup.expired",
  "backup.removed",
  "cluster.created",
  "cluster.initialized",
  "cluster.deleted",
  "cluster.retired",
  "cluster.daily-backup",
  "cluster.retention-check",
  "hsm.created",
  "hsm.deleted",
] as const;

/**
 * Applies one due transition. `ctx` is in the event's account and region, with `now` = the event's due time. Each
 * handler re-checks the record's state first, so an event made stale by a later call (a restored backup, a deleted
 * cluster) changes nothing.
 */
export function applyEvent(ctx: DomainContext, event: ScheduledEvent): void {
  const r = ctx.store.region(ctx.account, ctx.region);
  switch (event.kind) {
    case "backup.created":
    case "backup.copied": {
      const b = r.backups.get(event.id);
      if (b?.BackupState === "CREATE_IN_PROGRESS") {
        transition(r.backups, b, "READY", ctx.now);
        if (b.ClusterId) {
          // A new READY backup can make an older one no longer "the last backup" (manage-backup-retention).
          scheduleRetentionCheck(ctx, b.ClusterId, ctx.now);
        }
      }
      return;
    }
    case "backup.copy-failed": {
      // copy-backup-to-region: "If the copy fails, the status of the backup changes to DELETED."
      const b = r.backups.get(event.id);
      if (b?.BackupState === "CREATE_IN_PROGRESS") {
        transition(r.backups, b, "DELETED", ctx.now);
        ctx.schedule({ at: ctx.now + BACKUP_CHOICES.backupTombstoneSeconds, kind: "backup.removed", id: b.BackupId });
      }
      return;
    }
    case "backup.expired": {
      // delete-restore-backup: after seven days the backup can no longer be restored.
      const b = r.backups.get(event.id);
      if (b?.BackupState === "PENDING_DELETION" && b.DeleteTimestamp === event.at) {
        transition(r.backups, b, "DELETED", ctx.now);
        dropPolicy(r, b.BackupId);
        ctx.schedule({ at: ctx.now + BACKUP_CHOICES.backupTombstoneSeconds, kind: "backup.removed", id: b.BackupId });
      }
      return;
    }
    case "backup.removed":
      if (r.backups.get(event.id)?.BackupState === "DELETED") {
        r.backups.remove(event.id);
      }
      return;
    case "cluster.created": {
      const c = r.clusters.get(event.id);
      if (c?.State === "CREATE_IN_PROGRESS") {
        // A cluster created from a backup goes straight to ACTIVE (observed §7.1).
        const fromBackup = c.SourceBackupId !== undefined;
        transitionCluster(c, fromBackup ? "ACTIVE" : "UNINITIALIZED");
        if (fromBackup) {
          startDailyBackups(ctx, c.ClusterId);
        }
      }
      return;
    }
    case "cluster.initialized": {
      const c = r.clusters.get(event.id);
      if (c?.State === "INITIALIZE_IN_PROGRESS") {
        transitionCluster(c, "INITIALIZED");
      }
      return;
    }
    case "cluster.deleted": {
      const c = r.clusters.get(event.id);
      if (c?.State === "DELETE_IN_PROGRESS") {
        transitionCluster(c, "DELETED");
        ctx.schedule({
          at: ctx.now + CLUSTER_CHOICES.clusterTombstoneSeconds,
          kind: "cluster.retired",
          id: c.ClusterId,
        });
      }
      return;
    }
    case "cluster.retired": {
      const c = r.clusters.get(event.id);
      if (c?.State === "DELETED") {
        r.clusters.delete(c.ClusterId);
        r.retiredClusters.set(c.ClusterId, c);
      }
      return;
    }
    case "cluster.daily-backup": {
      const c = r.clusters.get(event.id);
      if (c?.State === "ACTIVE") {
        if (!CLUSTER_CHOICES.dailyBackupNeedsActiveHsm || c.Hsms.some((h) => h.State === "ACTIVE")) {
          startClusterBackup(ctx, c);
        }
        startDailyBackups(ctx, c.ClusterId);
      }
      return;
    }
    case "cluster.retention-check":
      applyRetention(ctx, event.id);
      return;
    case "hsm.created":
    case "hsm.deleted":
      applyHsmEvent(ctx, event);
      return;
    default:
      throw new Error(`unknown scheduled event kind ${event.kind}`);
  }
}

function applyHsmEvent(ctx: DomainContext, event: ScheduledEvent): void {
  const [clusterId, hsmId] = event.id.split("/") as [string, string];
  const c: Cluster | undefined = ctx.store.region(ctx.account, ctx.region).clusters.get(clusterId);
  const hsm = c?.Hsms.find((h) => h.HsmId === hsmId);
  if (!c || !hsm) {
    return;
  }
  if (event.kind === "hsm.created" && hsm.State === "CREATE_IN_PROGRESS") {
    hsm.State = "ACTIVE";
    hsm.StateMessage = "HSM created."; // observed §7.3 (cloud-custodian recording)
    if (c.State === "UNINITIALIZED" && !c.Certificates.ClusterCsr) {
      // The CSR appears with the first HSM (observed §7.1, terraform-provider-aws#9472).
      c.Certificates = emulatedCertificates(c, hsm.HsmId);
    }
    if (c.State === "ACTIVE" && CLUSTER_CHOICES.hsmChangeBackupAtCompletion) {
      startClusterBackup(ctx, c); // manage-backups: "Add an HSM to an active cluster"
    }
  } else if (event.kind === "hsm.deleted" && hsm.State === "DELETE_IN_PROGRESS") {
    c.Hsms = c.Hsms.filter((h) => h !== hsm); // observed §7.3: a deleted HSM disappears from Hsms
    if (c.State === "ACTIVE" && CLUSTER_CHOICES.hsmChangeBackupAtCompletion) {
      startClusterBackup(ctx, c); // manage-backups: "Remove an HSM from an active cluster"
    }
  }
}

/**
 * Certificates of an emulated cluster: PEM-armoured, opaque to clients, and not real X.509 (there is no HSM to sign
 * them). They satisfy the model's `Cert` pattern.
 */
function emulatedCertificates(c: Cluster, hsmId: string) {
  const pem = (label: string, body: string) =>
    `-----BEGIN ${label}-----\n${Buffer.from(body).toString("base64")}\n-----END ${label}-----`;
  return {
    ClusterCsr: pem("CERTIFICATE REQUEST", `cloudhsm-kit emulated CSR for ${c.ClusterId}`),
    HsmCertificate: pem("CERTIFICATE", `cloudhsm-kit emulated HSM certificate for ${hsmId}`),
    AwsHardwareCertificate: pem("CERTIFICATE", `cloudhsm-kit emulated AWS hardware certificate for ${hsmId}`),
    ManufacturerHardwareCertificate: pem("CERTIFICATE", `cloudhsm-kit emulated manufacturer certificate for ${hsmId}`),
  };
}
