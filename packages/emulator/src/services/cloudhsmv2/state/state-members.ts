import type { KeepRecords } from "../../../core/state/handed-over.js";
import { keepRecord } from "../../../core/state/keep-record.js";
import type { CoreState } from "../../../core/state/state-document.js";
import { createStringTable } from "../../../core/state/string-table.js";
import type { CopyFault, Settings } from "../domain/context.js";
import type { Backup, Cluster } from "../store/records.js";
import type { Store } from "../store/region-store.js";

/**
 * CloudHSM v2's members of the state document (the core's: src/core/state/state-document.ts): its settings, pending
 * copy faults and one namespace per account and region.
 */
export interface NamespaceState {
  account: string;
  region: string;
  backups: Backup[];
  clusters: Cluster[];
  retiredClusters: Cluster[];
  policies: Record<string, string>;
  /** Backup IDs whose policy's share is promoted (each has a policy). Always written; a document from before
   * promotion existed has none, and loads with no share promoted. */
  promotedShares?: string[];
}

export interface CloudHsmState {
  settings: Settings;
  copyFaults: CopyFault[];
  namespaces: NamespaceState[];
}

/** The whole document with CloudHSM v2 as the emulator's service. */
export type StateDocument = CoreState & CloudHsmState;

export function exportNamespaces(store: Store): NamespaceState[] {
  return store.all().map((r) => ({
    account: r.account,
    region: r.region,
    backups: [...r.backups.all()],
    clusters: [...r.clusters.values()],
    retiredClusters: [...r.retiredClusters.values()],
    policies: Object.fromEntries(r.policies),
    promotedShares: [...r.promotedShares],
  }));
}

/** The members of backups, clusters, HSMs and tags whose values repeat across records (states, types, modes, the
 * cluster a backup was taken of, tag keys): a loaded store keeps one copy of each value. */
const REPEATED_MEMBERS: ReadonlySet<string> = new Set([
  "BackupState",
  "ClusterId",
  "HsmType",
  "Mode",
  "SourceRegion",
  "SourceCluster",
  "Key",
  "State",
  "AvailabilityZone",
  "SubnetId",
  "VpcId",
]);

/** Replaces the store's contents with the namespaces of a document (already checked: state-check.ts), keeping copies
 * of its records or the records themselves (`keep`). */
export function importNamespaces(
  store: Store,
  { namespaces, events }: Pick<StateDocument, "namespaces" | "events">,
  keep: KeepRecords,
): void {
  store.reset();
  const strings = createStringTable();
  const kept = <T>(record: T) => keepRecord(record, keep, REPEATED_MEMBERS, strings);
  for (const ns of namespaces) {
    const r = store.region(ns.account, ns.region);
    for (const b of ns.backups) {
      r.backups.insert(kept(b));
    }
    for (const c of ns.clusters) {
      r.clusters.set(c.ClusterId, kept(c));
    }
    for (const c of ns.retiredClusters) {
      r.retiredClusters.set(c.ClusterId, kept(c));
    }
    for (const [id, policy] of Object.entries(ns.policies)) {
      r.policies.set(id, policy);
    }
    for (const id of ns.promotedShares ?? []) {
      r.promotedShares.add(id);
    }
  }
  for (const e of events) {
    if (e.kind === "cluster.retention-check") {
      const pending = store.region(e.account, e.region).retentionChecks;
      pending.set(e.id, Math.min(pending.get(e.id) ?? Number.POSITIVE_INFINITY, e.at));
    }
  }
}
