import { defineFault, type FaultContext, type Json } from "../fault.js";
import { errorReply, without } from "../wire-json.js";

export const clusterIdWins = defineFault({
  name: "cluster-id-wins",
  level: "legacy",
  breaks: "Legacy: given both a backup ID and a cluster ID, CopyBackupToRegion copies the backup ID.",
  source: "cloudhsmv2-api.md §5(a); UG copy-backup-to-region (2018–2022)",
  groups: ["id-precedence"],
  operations: ["CopyBackupToRegion"],
  create: () => ({
    // Without BackupId the legacy option copies the cluster's most recent backup: the cluster ID wins.
    request: ({ input }) =>
      input && "BackupId" in input && "ClusterId" in input ? { input: without(input, "BackupId") } : undefined,
  }),
});

export const clusterIdOnlyRefused = defineFault({
  name: "cluster-id-only-refused",
  level: "legacy",
  breaks: "Legacy: given only a cluster ID, CopyBackupToRegion copies the cluster's most recent backup.",
  source: "cloudhsmv2-api.md §5(a); UG copy-backup-to-region (2018–2022)",
  groups: ["id-precedence"],
  operations: ["CopyBackupToRegion"],
  create: () => ({
    request: ({ input }) =>
      input && "ClusterId" in input && !("BackupId" in input)
        ? { answer: errorReply("CloudHsmInvalidRequestException", "BackupId is required.") }
        : undefined,
  }),
});

/** READY backups (not copies) of the region the call is made in, newest first (the fault's own call). */
async function readyBackups(context: FaultContext, filters: Json = {}): Promise<Json[]> {
  const reply = await context.call("DescribeBackups", { Filters: { ...filters, states: ["READY"] } });
  const listed = reply.output?.Backups;
  return Array.isArray(listed) ? listed.filter((b: Json) => !b.SourceBackup) : [];
}

export const backupIdNotRequired = defineFault({
  name: "backup-id-not-required",
  level: "required",
  breaks: "CopyBackupToRegion requires BackupId; a request without it is refused.",
  source: "cloudhsmv2-api.md §5(a); API_CopyBackupToRegion (BackupId Required: Yes)",
  groups: ["id-precedence"],
  operations: ["CopyBackupToRegion"],
  create: () => ({
    // The region's newest READY backup stands in for the missing id, and the copy goes ahead.
    request: async ({ input }, context) => {
      if (!input || "BackupId" in input || "ClusterId" in input) {
        return undefined;
      }
      const newest = (await readyBackups(context))[0];
      return newest ? { input: { ...input, BackupId: newest.BackupId } } : undefined;
    },
  }),
});

export const copyOfWrongBackup = defineFault({
  name: "copy-of-wrong-backup",
  level: "required",
  breaks: "CopyBackupToRegion copies the backup named by BackupId.",
  source: "cloudhsmv2-api.md §5(a); API_CopyBackupToRegion; UG copy-backup-to-region",
  groups: ["id-precedence"],
  operations: ["CopyBackupToRegion"],
  create: () => ({
    // Another READY backup of the same cluster is copied instead.
    request: async ({ input }, context) => {
      if (typeof input?.BackupId !== "string") {
        return undefined;
      }
      const named = (await readyBackups(context, { backupIds: [input.BackupId] }))[0];
      const siblings = named?.ClusterId ? await readyBackups(context, { clusterIds: [named.ClusterId] }) : [];
      const other = siblings.find((b) => b.BackupId !== input.BackupId);
      return other ? { input: { ...input, BackupId: other.BackupId } } : undefined;
    },
  }),
});

export const clusterIdAcceptedWithoutLegacy = defineFault({
  name: "cluster-id-accepted-without-legacy",
  level: "required",
  breaks: "Without the legacy option, CopyBackupToRegion refuses a ClusterId given instead of the required BackupId.",
  source: "cloudhsmv2-api.md §5(a) (a request with ClusterId but no BackupId must fail)",
  groups: ["id-precedence"],
  legacyClusterIdCopy: false,
  operations: ["CopyBackupToRegion"],
  create: () => ({
    // The cluster's newest READY backup is copied, as the removed user-guide text described; for a cluster it does
    // not know, the region's newest.
    request: async ({ input }, context) => {
      if (!input || "BackupId" in input || typeof input.ClusterId !== "string") {
        return undefined;
      }
      const newest =
        (await readyBackups(context, { clusterIds: [input.ClusterId] }))[0] ?? (await readyBackups(context))[0];
      return newest ? { input: { ...without(input, "ClusterId"), BackupId: newest.BackupId } } : undefined;
    },
  }),
});
