import type { Backup } from "../store/records.js";
import { BACKUP_CHOICES } from "./backup-choices.js";
import { transition } from "./backup-lifecycle.js";
import type { DomainContext } from "./context.js";
import { notFound } from "./errors.js";
import { scheduleRetentionCheck } from "./retention.js";
import { UNDOC_ERRORS, UNDOC_MESSAGES } from "./undocumented-errors.js";

/** DeleteBackup / RestoreBackup / ModifyBackupAttributes on the caller's own backups ("Cross-account use: No"). */

const ownBackups = (ctx: DomainContext) => ctx.store.region(ctx.account, ctx.region).backups;

export function ownBackup(ctx: DomainContext, backupId: string): Backup {
  const b = ownBackups(ctx).get(backupId);
  if (!b) {
    throw notFound("Backup", backupId);
  }
  return b;
}

function requireState(b: Backup, ...wanted: readonly string[]): void {
  // observed §3: the wrong state is refused and nothing changes.
  if (!wanted.includes(b.BackupState)) {
    throw UNDOC_ERRORS.refused(UNDOC_MESSAGES.wrongBackupState(b.BackupId, b.BackupState, wanted.join(" or ")));
  }
}

/** READY → PENDING_DELETION, DeleteTimestamp = now + 7 days (API_DeleteBackup; observed §6). */
export function deleteBackup(ctx: DomainContext, backupId: string): Backup {
  const b = ownBackup(ctx, backupId);
  // delete-restore-backup (2018–2022): "A backup must be in the READY state in order to be deleted."
  requireState(b, "READY");
  const pending = transition(ownBackups(ctx), b, "PENDING_DELETION", ctx.now);
  scheduleExpiry(ctx, pending);
  return pending;
}

/** PENDING_DELETION → READY, DeleteTimestamp removed (API_RestoreBackup). */
export function restoreBackup(ctx: DomainContext, backupId: string): Backup {
  const b = ownBackup(ctx, backupId);
  requireState(b, "PENDING_DELETION");
  const restored = transition(ownBackups(ctx), b, "READY", ctx.now);
  // manage-backup-retention: a restored purged backup is purged again unless the policy changed first.
  if (restored.ClusterId) {
    scheduleRetentionCheck(ctx, restored.ClusterId, ctx.now);
  }
  return restored;
}

/** Sets NeverExpires (API_ModifyBackupAttributes); refused unless READY (observed §3 "Emulator"). */
export function modifyBackupAttributes(ctx: DomainContext, backupId: string, neverExpires: boolean): Backup {
  const b = ownBackup(ctx, backupId);
  requireState(b, ...BACKUP_CHOICES.modifiableBackupStates);
  const modified = ownBackups(ctx).replace({ ...b, NeverExpires: neverExpires });
  if (!neverExpires && modified.ClusterId) {
    scheduleRetentionCheck(ctx, modified.ClusterId, ctx.now);
  }
  return modified;
}

/** After the 7-day window the backup is DELETED (then gone after the tombstone period). */
export function scheduleExpiry(ctx: DomainContext, b: Backup): void {
  ctx.schedule({ at: b.DeleteTimestamp as number, kind: "backup.expired", id: b.BackupId });
}
