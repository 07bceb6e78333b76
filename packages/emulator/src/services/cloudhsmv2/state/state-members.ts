import type { CoreState } from "../../../core/state/state-document.js";
import type { ScheduledEvent } from "../../../core/time/scheduler.js";
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

/** Replaces the store's contents with the namespaces of a document (already checked: state-check.ts). */
export function importNamespaces(store: Store, namespaces: NamespaceState[], events: ScheduledEvent[]): void {
  store.reset();
  for (const ns of namespaces) {
    const r = store.region(ns.account, ns.region);
    for (const b of ns.backups) {
      r.backups.insert(structuredClone(b));
    }
    for (const c of ns.clusters) {
      r.clusters.set(c.ClusterId, structuredClone(c));
    }
    for (const c of ns.retiredClusters) {
      r.retiredClusters.set(c.ClusterId, structuredClone(c));
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
