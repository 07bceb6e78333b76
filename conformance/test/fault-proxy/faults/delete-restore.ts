import { defineFault, type FaultContext, type ReplyView } from "../fault.js";
import { isCopy, okReply, without } from "../wire-json.js";
import { BACKUP_REPLIES, describeOne, rewritingBackups } from "./backup-replies.js";

const DAY = 24 * 60 * 60;

/** Turns a refusal (4xx) of a backup operation into a 200 carrying the backup as it currently is. */
async function acceptRefusal(reply: ReplyView, backupId: unknown, context: FaultContext) {
  if (reply.status < 400 || reply.status >= 500) {
    return undefined;
  }
  const backup = await describeOne(context, backupId);
  return backup ? { status: 200, output: { Backup: backup } } : undefined;
}

export const deleteTimestampMissing = defineFault({
  name: "delete-timestamp-missing",
  level: "required",
  breaks: "A backup pending deletion includes DeleteTimestamp.",
  source: "cloudhsmv2-api.md §5(e); Backup.DeleteTimestamp doc",
  groups: ["delete-restore", "status-transitions"],
  operations: BACKUP_REPLIES,
  create: rewritingBackups((b) => ("DeleteTimestamp" in b ? without(b, "DeleteTimestamp") : undefined)),
});

export const deleteTimestampOneDay = defineFault({
  name: "delete-timestamp-one-day-out",
  level: "required",
  breaks: "DeleteTimestamp is seven days after the DeleteBackup request (the restore window).",
  source: "cloudhsmv2-api.md §5(b),(e); API_DeleteBackup: restorable up to 7 days",
  groups: ["delete-restore"],
  operations: BACKUP_REPLIES,
  create: rewritingBackups((b) =>
    typeof b.DeleteTimestamp === "number" ? { ...b, DeleteTimestamp: b.DeleteTimestamp - 6 * DAY } : undefined,
  ),
});

export const restoreOfReadyAccepted = defineFault({
  name: "restore-of-ready-accepted",
  level: "required",
  breaks: "RestoreBackup restores only a backup in PENDING_DELETION; a READY backup is refused.",
  source: "cloudhsmv2-api.md §2.1, §5(b); API_RestoreBackup",
  groups: ["delete-restore"],
  operations: ["RestoreBackup"],
  create: () => ({
    response: (reply, request, context) => acceptRefusal(reply, request.input?.BackupId, context),
  }),
});

export const deleteOfPendingAccepted = defineFault({
  name: "delete-of-pending-deletion-accepted",
  level: "advisory",
  breaks: "DeleteBackup deletes a READY backup; a backup already PENDING_DELETION is refused.",
  source: "cloudhsmv2-api.md §5(b) (invalid transitions)",
  groups: ["delete-restore"],
  operations: ["DeleteBackup"],
  create: () => ({
    response: (reply, request, context) => acceptRefusal(reply, request.input?.BackupId, context),
  }),
});

export const secondDeleteRestartsWindow = defineFault({
  name: "second-delete-restarts-window",
  level: "advisory",
  breaks:
    "A backup can be restored up to 7 days after the DeleteBackup request; a second DeleteBackup does not move that date.",
  source: "cloudhsmv2-api.md §2.1 DeleteBackup, §5(b); UNDOC: what DeleteBackup does to a backup pending deletion",
  groups: ["delete-restore"],
  operations: ["DeleteBackup"],
  create: () => ({
    // The backup is quietly restored first, so the forwarded DeleteBackup starts a new 7-day window.
    request: async ({ input }, context) => {
      const backup = await describeOne(context, input?.BackupId);
      if (backup?.BackupState === "PENDING_DELETION") {
        await context.call("RestoreBackup", { BackupId: backup.BackupId });
      }
      return undefined;
    },
  }),
});

export const restoreNotApplied = defineFault({
  name: "restore-not-applied",
  level: "required",
  breaks: "RestoreBackup moves a PENDING_DELETION backup back to READY.",
  source: "cloudhsmv2-api.md §5(b); API_RestoreBackup",
  groups: ["delete-restore", "status-transitions"],
  operations: ["RestoreBackup"],
  create: () => ({
    request: async (request, context) => {
      const backup = await describeOne(context, request.input?.BackupId);
      return backup?.BackupState === "PENDING_DELETION" ? { answer: okReply({ Backup: backup }) } : undefined;
    },
  }),
});

export const restoreKeepsDeleteTimestamp = defineFault({
  name: "restore-keeps-delete-timestamp",
  level: "advisory",
  breaks: "A restored backup no longer has a DeleteTimestamp (it is not pending deletion).",
  source: "cloudhsmv2-api.md §5(b),(e); UG delete-restore-backup example",
  groups: ["delete-restore"],
  operations: BACKUP_REPLIES,
  create: rewritingBackups(
    (b, seen: Map<string, number>) => {
      const id = b.BackupId ?? "";
      if (typeof b.DeleteTimestamp === "number") {
        seen.set(id, b.DeleteTimestamp);
        return undefined;
      }
      const kept = seen.get(id);
      return b.BackupState === "READY" && kept !== undefined ? { ...b, DeleteTimestamp: kept } : undefined;
    },
    // DeleteTimestamp of every backup seen pending deletion, to put back after a restore.
    () => new Map<string, number>(),
  ),
});

export const retentionExpiryAsDeleteTimestamp = defineFault({
  name: "retention-expiry-as-delete-timestamp",
  level: "advisory",
  breaks: "Only a backup pending deletion carries DeleteTimestamp; a READY backup has none.",
  source: "cloudhsmv2-api.md §5(e); UNDOC: only the converse (a backup pending deletion carries it) is stated",
  groups: ["delete-restore"],
  operations: BACKUP_REPLIES,
  // The date the cluster's default 90-day retention would purge the backup, reported as if it were being deleted.
  create: rewritingBackups((b) =>
    b.BackupState === "READY" && !isCopy(b) && typeof b.CreateTimestamp === "number" && !("DeleteTimestamp" in b)
      ? { ...b, DeleteTimestamp: b.CreateTimestamp + 90 * DAY }
      : undefined,
  ),
});
