import { defineFault, type FaultContext, type FaultHooks, type Json } from "../fault.js";
import type { Backup } from "../wire-json.js";
import { describeCluster } from "./clusters.js";

/** The ids of every backup DescribeBackups lists for `clusterId` now, through all pages (the fault's own calls). */
async function backupIdsOf(context: FaultContext, clusterId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let token: unknown;
  do {
    const input: Json = { Filters: { clusterIds: [clusterId] }, ...(token ? { NextToken: token } : {}) };
    const { output } = await context.call("DescribeBackups", input);
    for (const b of Array.isArray(output?.Backups) ? (output.Backups as Backup[]) : []) {
      ids.add(b.BackupId ?? "");
    }
    token = output?.NextToken;
  } while (typeof token === "string" && token !== "");
  return ids;
}

/**
 * Hooks that hide, from every DescribeBackups reply, the backup the service makes when `operation` (CreateHsm or
 * DeleteHsm) changes the HSMs of an ACTIVE cluster: the backups of the cluster are noted before the change, and the
 * first new one listed afterwards — one per change — is never shown again.
 */
function hidingHsmChangeBackups(operation: "CreateHsm" | "DeleteHsm"): () => FaultHooks {
  return () => {
    const known = new Map<string, Set<string>>();
    const pending = new Map<string, number>();
    const hidden = new Set<string>();
    /** Hides the backups of `clusterId` among `listed` that appeared since the change, one per pending change. */
    const settle = (clusterId: string, listed: Iterable<string>) => {
      for (const id of listed) {
        const left = pending.get(clusterId) ?? 0;
        if (left > 0 && !known.get(clusterId)?.has(id) && !hidden.has(id)) {
          hidden.add(id);
          pending.set(clusterId, left - 1);
        }
      }
    };
    return {
      request: async ({ operation: op, input }, context) => {
        const clusterId = input?.ClusterId;
        if (op !== operation || typeof clusterId !== "string") {
          return undefined;
        }
        if ((await describeCluster(context, clusterId))?.State === "ACTIVE") {
          const ids = await backupIdsOf(context, clusterId);
          settle(clusterId, ids);
          known.set(clusterId, ids);
        }
        return undefined;
      },
      response: ({ status, output }, { operation: op, input }) => {
        const clusterId = input?.ClusterId;
        if (op === operation) {
          if (status === 200 && typeof clusterId === "string" && known.has(clusterId)) {
            pending.set(clusterId, (pending.get(clusterId) ?? 0) + 1);
          }
          return undefined;
        }
        const backups = output?.Backups;
        if (!Array.isArray(backups)) {
          return undefined;
        }
        for (const b of backups as Backup[]) {
          settle(String(b.ClusterId ?? ""), [b.BackupId ?? ""]);
        }
        const shown = backups.filter((b: Backup) => !hidden.has(b.BackupId ?? ""));
        return shown.length < backups.length ? { output: { ...output, Backups: shown } } : undefined;
      },
    };
  };
}

export const noBackupOnHsmAdded = defineFault({
  name: "no-backup-on-hsm-added",
  level: "required",
  breaks: "The service makes a backup when you add an HSM to an active cluster.",
  source: "UG manage-backups.html (Add an HSM to an active cluster)",
  groups: ["cluster-lifecycle"],
  operations: ["CreateHsm", "DescribeBackups"],
  create: hidingHsmChangeBackups("CreateHsm"),
});

export const noBackupOnHsmRemoved = defineFault({
  name: "no-backup-on-hsm-removed",
  level: "required",
  breaks: "The service makes a backup when you remove an HSM from an active cluster.",
  source: "UG manage-backups.html (Remove an HSM from an active cluster)",
  groups: ["cluster-lifecycle"],
  operations: ["DeleteHsm", "DescribeBackups"],
  create: hidingHsmChangeBackups("DeleteHsm"),
});
