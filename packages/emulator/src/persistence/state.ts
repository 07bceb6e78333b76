import type { CopyFault, Settings } from "../domain/context.js";
import { EVENT_KINDS } from "../domain/events.js";
import type { Backup, Cluster } from "../domain/types.js";
import type { Store } from "../store/store.js";
import type { ScheduledEvent } from "../time/scheduler.js";

/**
 * The export document of the whole emulator state (control API `GET/PUT /_emulator/v1/state`, and the
 * `--state-file` contents): every namespace, the pending transitions, settings, faults and the clock offset.
 */
export const STATE_FORMAT = "cloudhsm-kit-emulator-state";
export const STATE_VERSION = 1;

export interface NamespaceState {
  account: string;
  region: string;
  backups: Backup[];
  clusters: Cluster[];
  retiredClusters: Cluster[];
  policies: Record<string, string>;
}

export interface StateDocument {
  format: typeof STATE_FORMAT;
  version: typeof STATE_VERSION;
  now: number;
  clockOffsetMs: number;
  settings: Settings;
  copyFaults: CopyFault[];
  events: ScheduledEvent[];
  namespaces: NamespaceState[];
}

export function exportNamespaces(store: Store): NamespaceState[] {
  return store.all().map((r) => ({
    account: r.account,
    region: r.region,
    backups: [...r.backups.all()],
    clusters: [...r.clusters.values()],
    retiredClusters: [...r.retiredClusters.values()],
    policies: Object.fromEntries(r.policies),
  }));
}

/** Replaces the store's contents with the namespaces of a document (already checked by `checkStateDocument`). */
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
  }
  for (const e of events) {
    if (e.kind === "cluster.retention-check") {
      const pending = store.region(e.account, e.region).retentionChecks;
      pending.set(e.id, Math.min(pending.get(e.id) ?? Number.POSITIVE_INFINITY, e.at));
    }
  }
}

/** Structural check of an imported document; returns a reason when it is not one this version can load. */
export function checkStateDocument(doc: unknown): string | undefined {
  if (!doc || typeof doc !== "object") {
    return "The state document must be a JSON object.";
  }
  const d = doc as Partial<StateDocument>;
  if (d.format !== STATE_FORMAT) {
    return `format must be "${STATE_FORMAT}".`;
  }
  if (d.version !== STATE_VERSION) {
    return `version must be ${STATE_VERSION}; got ${JSON.stringify(d.version)}.`;
  }
  if (!Array.isArray(d.namespaces) || !Array.isArray(d.events) || !Array.isArray(d.copyFaults)) {
    return "namespaces, events and copyFaults must be arrays.";
  }
  if (!Number.isFinite(d.clockOffsetMs) || !d.settings || typeof d.settings !== "object") {
    return "clockOffsetMs must be a number and settings an object.";
  }
  const delays = Object.entries(d.settings.delays ?? {});
  if (delays.some(([, v]) => !Number.isFinite(v) || v < 0) || typeof d.settings.legacyClusterIdCopy !== "boolean") {
    return "settings.delays must be seconds ≥ 0 and settings.legacyClusterIdCopy a boolean.";
  }
  for (const e of d.events) {
    if (
      !(EVENT_KINDS as readonly string[]).includes(e?.kind) ||
      !Number.isFinite(e.at) ||
      !Number.isInteger(e.seq) ||
      typeof e.account !== "string" ||
      typeof e.region !== "string" ||
      typeof e.id !== "string"
    ) {
      return `event ${JSON.stringify(e)} is not a scheduled transition (kind one of ${EVENT_KINDS.join(", ")}).`;
    }
  }
  for (const ns of d.namespaces) {
    if (
      typeof ns?.account !== "string" ||
      typeof ns.region !== "string" ||
      !Array.isArray(ns.backups) ||
      !Array.isArray(ns.clusters) ||
      !Array.isArray(ns.retiredClusters) ||
      !ns.policies ||
      typeof ns.policies !== "object"
    ) {
      return "each namespace needs account, region, backups, clusters, retiredClusters and policies.";
    }
    const problem =
      ns.backups.map(backupProblem).find((p) => p) ??
      [...ns.clusters, ...ns.retiredClusters].map(clusterProblem).find((p) => p);
    if (problem) {
      return problem;
    }
  }
  return undefined;
}

const BACKUP_STATES = ["CREATE_IN_PROGRESS", "READY", "DELETED", "PENDING_DELETION"];

/** The members the emulator relies on, with their types. */
function backupProblem(b: Backup): string | undefined {
  const ok =
    typeof b?.BackupId === "string" &&
    typeof b.BackupArn === "string" &&
    BACKUP_STATES.includes(b.BackupState) &&
    Number.isFinite(b.CreateTimestamp) &&
    typeof b.NeverExpires === "boolean" &&
    Array.isArray(b.TagList) &&
    (b.BackupState !== "PENDING_DELETION" || Number.isFinite(b.DeleteTimestamp));
  return ok
    ? undefined
    : `backup ${JSON.stringify(b?.BackupId)} lacks BackupId, BackupArn, BackupState, CreateTimestamp, NeverExpires or TagList (or DeleteTimestamp when PENDING_DELETION).`;
}

function clusterProblem(c: Cluster): string | undefined {
  const ok =
    typeof c?.ClusterId === "string" &&
    typeof c.State === "string" &&
    Number.isFinite(c.CreateTimestamp) &&
    Array.isArray(c.Hsms) &&
    Array.isArray(c.TagList) &&
    typeof c.BackupRetentionPolicy?.Value === "string" &&
    typeof c.SubnetMapping === "object" &&
    typeof c.Certificates === "object";
  return ok
    ? undefined
    : `cluster ${JSON.stringify(c?.ClusterId)} lacks ClusterId, State, CreateTimestamp, Hsms, TagList, BackupRetentionPolicy, SubnetMapping or Certificates.`;
}
