import { defineFault, type Json } from "../fault.js";
import { editBackups, isCopy } from "../wire-json.js";
import { BACKUP_REPLIES, describeOne, rewritingBackups } from "./backup-replies.js";

/** Rewrites one BackupState to another in every backup of a reply that `which` selects. */
function restate(from: string, to: string, which: (copy: boolean) => boolean) {
  return rewritingBackups((b) => (b.BackupState === from && which(isCopy(b)) ? { ...b, BackupState: to } : undefined));
}

export const copiesBornReady = defineFault({
  name: "copies-born-ready",
  level: "required",
  breaks: "A copied backup first appears in the destination region as CREATE_IN_PROGRESS.",
  source: "cloudhsmv2-api.md §5(b); UG copy-backup-to-region",
  groups: ["status-transitions"],
  operations: BACKUP_REPLIES,
  create: restate("CREATE_IN_PROGRESS", "READY", (copy) => copy),
});

export const copiesNeverComplete = defineFault({
  name: "copies-never-complete",
  level: "required",
  breaks: "A copied backup becomes READY in the destination region when the copy completes.",
  source: "cloudhsmv2-api.md §5(b); UG copy-backup-to-region",
  groups: ["status-transitions"],
  operations: BACKUP_REPLIES,
  create: restate("READY", "CREATE_IN_PROGRESS", (copy) => copy),
});

export const copyOfDeletedAccepted = defineFault({
  name: "copy-of-deleted-backup-accepted",
  level: "required",
  breaks: "A backup that is DELETED cannot be copied: CopyBackupToRegion refuses it, or its copy ends DELETED.",
  source: "cloudhsmv2-api.md §5(b); UG copy-backup-to-region",
  groups: ["status-transitions"],
  operations: ["CopyBackupToRegion"],
  create: () => ({
    // The refusal is answered as an accepted copy (one that never shows up in the destination region).
    response: async (reply, { input, region }, context) => {
      if (reply.status < 400 || reply.status >= 500) {
        return undefined;
      }
      const source = await describeOne(context, input?.BackupId);
      return source?.BackupState === "DELETED"
        ? {
            status: 200,
            output: {
              DestinationBackup: {
                CreateTimestamp: source.CreateTimestamp,
                SourceBackup: source.BackupId,
                SourceCluster: source.ClusterId ?? source.SourceCluster,
                SourceRegion: region,
              },
            },
          }
        : undefined;
    },
  }),
});

export const failedCopyReady = defineFault({
  name: "failed-copy-reported-ready",
  level: "required",
  breaks: "A copy that fails ends as DELETED in the destination region.",
  source: "cloudhsmv2-api.md §5(b); UG copy-backup-to-region",
  groups: ["status-transitions"],
  operations: BACKUP_REPLIES,
  create: restate("DELETED", "READY", (copy) => copy),
});

export const newBackupsBornReady = defineFault({
  name: "new-backups-born-ready",
  level: "required",
  breaks: "A backup the service takes of a cluster starts as CREATE_IN_PROGRESS.",
  source: "cloudhsmv2-api.md §5(b) (backup creation)",
  groups: ["status-transitions"],
  operations: BACKUP_REPLIES,
  create: restate("CREATE_IN_PROGRESS", "READY", (copy) => !copy),
});

export const pendingDeletionReportedDeleted = defineFault({
  name: "pending-deletion-reported-deleted",
  level: "required",
  breaks: "DeleteBackup moves a READY backup to PENDING_DELETION, not DELETED.",
  source: "cloudhsmv2-api.md §5(b); API_DeleteBackup",
  groups: ["status-transitions", "delete-restore"],
  operations: BACKUP_REPLIES,
  create: restate("PENDING_DELETION", "DELETED", () => true),
});

export const staleStateInClusterListing = defineFault({
  name: "stale-state-in-cluster-listing",
  level: "required",
  breaks: "A backup the service makes of a cluster becomes READY, and is listed so under the clusterIds filter too.",
  source: "cloudhsmv2-api.md §5(b) (backup creation); UG manage-backups",
  groups: ["status-transitions"],
  operations: ["DescribeBackups"],
  create: () => ({
    // Listings by cluster keep showing each backup as it was when it was made.
    response: ({ output }, { input }) => {
      if (!Array.isArray((input?.Filters as Json | undefined)?.clusterIds)) {
        return undefined;
      }
      const edited = editBackups(output, (b) =>
        b.BackupState === "READY" && !isCopy(b) ? { ...b, BackupState: "CREATE_IN_PROGRESS" } : undefined,
      );
      return edited ? { output: edited } : undefined;
    },
  }),
});
