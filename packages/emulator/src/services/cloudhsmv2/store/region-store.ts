import { createNamespaces, type Namespace } from "../../../core/store/namespaces.js";
import { type BackupIndex, createBackupIndex } from "./backup-index.js";
import type { Cluster } from "./records.js";

/**
 * CloudHSM v2's stores of one account and region (the namespaces: src/core/store/namespaces.ts). Only
 * CopyBackupToRegion and cross-account sharing open a namespace other than the caller's: grep for `store.region(`.
 */
export interface RegionStore extends Namespace {
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

/** CloudHSM v2's stores of every account and region (only CopyBackupToRegion and sharing reach beyond the caller's). */
export function createStore() {
  return createNamespaces(
    (account, region): RegionStore => ({
      account,
      region,
      backups: createBackupIndex(),
      clusters: new Map(),
      retiredClusters: new Map(),
      policies: new Map(),
      promotedShares: new Set(),
      retentionChecks: new Map(),
    }),
  );
}
export type Store = ReturnType<typeof createStore>;

/** A backup no longer shared: its policy and any promotion of that policy's share go together. */
export function dropPolicy(r: RegionStore, backupId: string): void {
  r.policies.delete(backupId);
  r.promotedShares.delete(backupId);
}
