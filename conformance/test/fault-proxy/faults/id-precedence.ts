import { defineFault } from "../fault.js";
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
