import type { BackupIndex } from "../store/backup-index.js";
import type { Backup, BackupState, Cluster, Tag } from "../store/records.js";
import { backupArn } from "./arn.js";
import { BACKUP_CHOICES } from "./backup-choices.js";
import type { DomainContext } from "./context.js";
import { InvalidTransition } from "./errors.js";
import { TAG_CHOICES } from "./tag-choices.js";

/**
 * Backup state machine (cloudhsmv2-api.md §5(b)): CREATE_IN_PROGRESS → READY, or → DELETED when a copy fails;
 * READY → PENDING_DELETION (DeleteBackup, retention purge); PENDING_DELETION → READY (RestoreBackup) or → DELETED
 * after 7 days (INFER, observed §6).
 */
export const TRANSITIONS: Record<BackupState, readonly BackupState[]> = {
  CREATE_IN_PROGRESS: ["READY", "DELETED"],
  READY: ["PENDING_DELETION"],
  PENDING_DELETION: ["READY", "DELETED"],
  DELETED: [],
};

/** "A backup can be restored up to 7 days after the DeleteBackup request is made." (API_DeleteBackup) */
export const RESTORE_WINDOW_SECONDS = 7 * 86_400;

/** The only way a backup's state changes: the backup in its new state is stored in the index and returned. */
export function transition(index: BackupIndex, backup: Backup, to: BackupState, now: number): Backup {
  if (!TRANSITIONS[backup.BackupState].includes(to)) {
    throw new InvalidTransition(`backup ${backup.BackupId}: ${backup.BackupState} → ${to}`);
  }
  const next: Backup = { ...backup, BackupState: to };
  if (to === "PENDING_DELETION") {
    // observed §6: DeleteTimestamp = request time + 7 days, millisecond precision.
    next.DeleteTimestamp = Math.round((now + RESTORE_WINDOW_SECONDS) * 1000) / 1000;
  } else if (!(to === "DELETED" && BACKUP_CHOICES.deletedBackupKeepsDeleteTimestamp)) {
    // The restore example in delete-restore-backup has no DeleteTimestamp (cloudhsmv2-api.md §5(b)); a DELETED
    // backup drops it too (BACKUP_CHOICES.deletedBackupKeepsDeleteTimestamp).
    delete next.DeleteTimestamp;
  }
  return index.replace(next);
}

/** A backup the service makes of a cluster (manage-backups: activation, HSM added/removed, every 24 h). */
export function startClusterBackup(ctx: DomainContext, cluster: Cluster): Backup {
  const BackupId = uniqueBackupId(ctx, ctx.region);
  const backup: Backup = {
    BackupId,
    BackupArn: backupArn(ctx.region, ctx.account, BackupId),
    BackupState: "CREATE_IN_PROGRESS",
    ClusterId: cluster.ClusterId,
    CreateTimestamp: ctx.now,
    NeverExpires: false,
    TagList: TAG_CHOICES.clusterBackupsInheritTags ? cluster.TagList.map((t) => ({ ...t })) : [],
    HsmType: cluster.HsmType,
    Mode: cluster.Mode,
  };
  ctx.store.region(ctx.account, ctx.region).backups.insert(backup);
  ctx.schedule({ at: ctx.now + ctx.settings.delays.backupCreate, kind: "backup.created", id: BackupId });
  return backup;
}

export function uniqueBackupId(ctx: DomainContext, region: string): string {
  const index = ctx.store.region(ctx.account, region).backups;
  for (;;) {
    const id = ctx.ids.id("backup");
    if (!index.has(id)) {
      return id;
    }
  }
}

export function copyTags(tags: readonly Tag[]): Tag[] {
  return tags.map((t) => ({ Key: t.Key, Value: t.Value }));
}
