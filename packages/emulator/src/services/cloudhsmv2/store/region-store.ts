import { type BackupIndex, createBackupIndex } from "./backup-index.js";
import type { Cluster } from "./records.js";

/**
 * State namespaced per account and region, as AWS endpoints are (LocalStack `stores[account][region]`). Only
 * CopyBackupToRegion and cross-account sharing open a namespace other than the caller's: grep for `store.region(`.
 */
export interface RegionStore {
  readonly account: string;
  readonly region: string;
  readonly backups: BackupIndex;
  /** Clusters by ID, including deleted ones still listed (DELETED tombstones). */
  readonly clusters: Map<string, Cluster>;
  /** Deleted clusters no longer listed; kept for the retention policy of their backups. */
  readonly retiredClusters: Map<string, Cluster>;
  /** Resource policies by backup ID. */
  readonly policies: Map<string, string>;
  /** Backups whose policy's share has been promoted to a standard RAM resource share (control API), so that the
   * accounts the policy names see them in DescribeBackups `Shared`. Always a subset of `policies`' keys. */
  readonly promotedShares: Set<string>;
  /** Earliest pending retention check per cluster (derived from the scheduler; dedupes checks). */
  readonly retentionChecks: Map<string, number>;
}

export function createStore() {
  const regions = new Map<string, RegionStore>();
  const keyOf = (account: string, region: string) => `${account}/${region}`;
  return {
    region(account: string, region: string): RegionStore {
      const key = keyOf(account, region);
      let r = regions.get(key);
      if (!r) {
        r = {
          account,
          region,
          backups: createBackupIndex(),
          clusters: new Map(),
          retiredClusters: new Map(),
          policies: new Map(),
          promotedShares: new Set(),
          retentionChecks: new Map(),
        };
        regions.set(key, r);
      }
      return r;
    },
    /** The namespace if it exists, without creating it. */
    peek: (account: string, region: string) => regions.get(keyOf(account, region)),
    /** Every namespace that exists (export, shared-backup lookups). */
    all: (): RegionStore[] => [...regions.values()],
    reset(): void {
      regions.clear();
    },
  };
}
export type Store = ReturnType<typeof createStore>;

/** A backup no longer shared: its policy and any promotion of that policy's share go together. */
export function dropPolicy(r: RegionStore, backupId: string): void {
  r.policies.delete(backupId);
  r.promotedShares.delete(backupId);
}
