import { defineFault, type Json } from "../fault.js";
import { editBackups, isCopy, without } from "../wire-json.js";
import { BACKUP_REPLIES, rewritingBackups } from "./backup-replies.js";

const HOUR = 60 * 60;

export const destinationBackupWithoutCreateTimestamp = defineFault({
  name: "destination-backup-without-create-timestamp",
  level: "required",
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
  level: "required",
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
  level: "required",
  breaks: "A backup moved to a different region is no longer associated with a cluster.",
  source: "cloudhsmv2-api.md §5(b),(e); UG manage-backup-retention",
  groups: ["copy-results"],
  operations: BACKUP_REPLIES,
  create: () => ({
    // The clusterIds filter is applied by the fault instead, counting a copy as a backup of its source cluster.
    request: ({ input }) => {
      const filters = input?.Filters as Json | undefined;
      return input && filters && "clusterIds" in filters
        ? { input: { ...input, Filters: without(filters, "clusterIds") } }
        : undefined;
    },
    response: ({ output }, { input }) => {
      const associated = editBackups(output, (b) =>
        isCopy(b) && !b.ClusterId && typeof b.SourceCluster === "string"
          ? { ...b, ClusterId: b.SourceCluster }
          : undefined,
      );
      const wanted = (input?.Filters as Json | undefined)?.clusterIds;
      const next = associated ?? output;
      if (!next || !Array.isArray(wanted) || !Array.isArray(next.Backups)) {
        return associated ? { output: associated } : undefined;
      }
      return { output: { ...next, Backups: next.Backups.filter((b: Json) => wanted.includes(b.ClusterId)) } };
    },
  }),
});

export const copySourceRegionMissing = defineFault({
  name: "copy-source-region-missing",
  level: "required",
  breaks: "A copied backup carries SourceRegion, SourceBackup and SourceCluster.",
  source: "cloudhsmv2-api.md §5(b); Backup doc",
  groups: ["copy-results"],
  operations: BACKUP_REPLIES,
  create: rewritingBackups((b) => (isCopy(b) && "SourceRegion" in b ? without(b, "SourceRegion") : undefined)),
});

export const copyListedInSourceRegion = defineFault({
  name: "copy-listed-in-source-region",
  level: "required",
  breaks: "A copied backup is listed in its destination region only, not in the region it was copied from.",
  source: "cloudhsmv2-api.md §2.1 CopyBackupToRegion (find the copy with DescribeBackups in the destination region)",
  groups: ["copy-results"],
  operations: ["CopyBackupToRegion", "DescribeBackups"],
  create: () => {
    /** Where each backup was copied to, by source region and backup id. */
    const copiedTo = new Map<string, Set<string>>();
    return {
      response: async (reply, request, context) => {
        const { input, operation, region = "" } = request;
        if (operation === "CopyBackupToRegion") {
          if (reply.status === 200 && typeof input?.DestinationRegion === "string") {
            const key = `${region}/${input.BackupId}`;
            copiedTo.set(key, (copiedTo.get(key) ?? new Set()).add(input.DestinationRegion));
          }
          return undefined;
        }
        const sources = (input?.Filters as Json | undefined)?.sourceBackupIds;
        const listed = reply.output?.Backups;
        if (!Array.isArray(sources) || !Array.isArray(listed)) {
          return undefined;
        }
        const elsewhere = new Set(sources.flatMap((id) => [...(copiedTo.get(`${region}/${id}`) ?? [])]));
        const extra: unknown[] = [];
        for (const destination of elsewhere) {
          const there = await context.call("DescribeBackups", { Filters: { sourceBackupIds: sources } }, destination);
          extra.push(...(Array.isArray(there.output?.Backups) ? there.output.Backups : []));
        }
        return extra.length > 0 ? { output: { ...reply.output, Backups: [...listed, ...extra] } } : undefined;
      },
    };
  },
});
