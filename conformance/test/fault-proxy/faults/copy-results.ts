import { defineFault, type Json } from "../fault.js";
import { isCopy, without } from "../wire-json.js";
import { BACKUP_REPLIES, rewritingBackups } from "./backup-replies.js";

const HOUR = 60 * 60;

export const destinationBackupWithoutCreateTimestamp = defineFault({
  name: "destination-backup-without-create-timestamp",
  breaks:
    "CopyBackupToRegion returns DestinationBackup with CreateTimestamp, SourceBackup, SourceCluster and SourceRegion.",
  source: "cloudhsmv2-api.md §2.1 CopyBackupToRegion; API_CopyBackupToRegion output",
  groups: ["copy-results"],
  operations: ["CopyBackupToRegion"],
  create: () => ({
    response: ({ output }) => {
      const destination = output?.DestinationBackup as Json | undefined;
      return destination && "CreateTimestamp" in destination
        ? { output: { ...output, DestinationBackup: without(destination, "CreateTimestamp") } }
        : undefined;
    },
  }),
});

export const copyCreateTimestampNotKept = defineFault({
  name: "copy-create-timestamp-not-kept",
  breaks: "CreateTimestamp of the destination backup is the same as that of the source backup.",
  source: "cloudhsmv2-api.md §5(b); DestinationBackup doc",
  groups: ["copy-results"],
  operations: BACKUP_REPLIES,
  create: rewritingBackups((b) =>
    isCopy(b) && typeof b.CreateTimestamp === "number"
      ? { ...b, CreateTimestamp: b.CreateTimestamp + HOUR }
      : undefined,
  ),
});

export const copyKeepsCluster = defineFault({
  name: "copy-keeps-cluster",
  breaks: "A backup moved to a different region is no longer associated with a cluster.",
  source: "cloudhsmv2-api.md §5(b),(e); UG manage-backup-retention",
  groups: ["copy-results"],
  operations: BACKUP_REPLIES,
  create: rewritingBackups((b) =>
    isCopy(b) && !b.ClusterId && typeof b.SourceCluster === "string" ? { ...b, ClusterId: b.SourceCluster } : undefined,
  ),
});

export const copySourceRegionMissing = defineFault({
  name: "copy-source-region-missing",
  breaks: "A copied backup carries SourceRegion, SourceBackup and SourceCluster.",
  source: "cloudhsmv2-api.md §5(b); Backup doc",
  groups: ["copy-results"],
  operations: BACKUP_REPLIES,
  create: rewritingBackups((b) => (isCopy(b) && "SourceRegion" in b ? without(b, "SourceRegion") : undefined)),
});
