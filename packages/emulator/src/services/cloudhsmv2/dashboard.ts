import type { CloudHsmDashboard, LineageNode } from "@cloudhsm-kit/spec/control";
import type { DashboardSection } from "../../core/control/dashboard-section.js";
import type { Backup, Cluster } from "./store/records.js";
import type { RegionStore, Store } from "./store/region-store.js";

type Where = Pick<RegionStore, "account" | "region">;

const byPlace = (a: Where, b: Where) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region);

const clusterView = (c: Cluster): CloudHsmDashboard["namespaces"][number]["clusters"][number] => ({
  ClusterId: c.ClusterId,
  State: c.State,
  ...(c.StateMessage !== undefined ? { StateMessage: c.StateMessage } : {}),
  HsmType: c.HsmType,
  Mode: c.Mode,
  CreateTimestamp: c.CreateTimestamp,
  ...(c.SourceBackupId !== undefined ? { SourceBackupId: c.SourceBackupId } : {}),
  BackupRetentionPolicy: c.BackupRetentionPolicy,
  TagList: c.TagList,
  Hsms: c.Hsms.map((h) => ({
    HsmId: h.HsmId,
    State: h.State,
    ...(h.StateMessage !== undefined ? { StateMessage: h.StateMessage } : {}),
    AvailabilityZone: h.AvailabilityZone,
    EniIp: h.EniIp,
  })),
});

/** The backup as DescribeBackups shows it, with the countdown of a PENDING_DELETION one. */
const backupView = (b: Backup, now: number) => ({
  ...b,
  ...(b.BackupState === "PENDING_DELETION" && b.DeleteTimestamp !== undefined
    ? { secondsUntilDeletion: Math.max(0, b.DeleteTimestamp - now) }
    : {}),
});

/**
 * Copy lineage: each backup that has copies (their SourceBackup) or clusters created from it (their SourceBackupId),
 * with them under it, recursively; copies whose source is gone hang under a `missing` node standing for it (the
 * copy names its Region; a cluster is made from a backup of its own Region).
 */
function lineageOf(namespaces: readonly RegionStore[]): LineageNode[] {
  const backups = new Map<string, { b: Backup; at: Where }>();
  const copies = new Map<string, { b: Backup; at: Where }[]>();
  const restored = new Map<string, { c: Cluster; at: Where }[]>();
  const under = <T>(m: Map<string, T[]>, key: string, value: T) => m.set(key, [...(m.get(key) ?? []), value]);
  for (const at of namespaces) {
    for (const b of at.backups.all()) {
      backups.set(b.BackupId, { b, at });
      if (b.SourceBackup !== undefined) {
        under(copies, b.SourceBackup, { b, at });
      }
    }
    for (const c of at.clusters.values()) {
      if (c.SourceBackupId !== undefined) {
        under(restored, c.SourceBackupId, { c, at });
      }
    }
  }
  const base = (at: Where) => ({ service: "cloudhsmv2", account: at.account, region: at.region });
  const children = (id: string): LineageNode[] => [
    ...(copies.get(id) ?? []).map(({ b, at }) => ({ ...node(b, at), via: { kind: "copy" as const } })),
    ...(restored.get(id) ?? []).map(({ c, at }) => ({
      ...base(at),
      kind: "cluster" as const,
      id: c.ClusterId,
      state: c.State,
      via: { kind: "from-backup" as const },
      children: [],
    })),
  ];
  const node = (b: Backup, at: Where): LineageNode => ({
    ...base(at),
    kind: "backup",
    id: b.BackupId,
    state: b.BackupState,
    children: children(b.BackupId),
  });
  const roots: LineageNode[] = [];
  for (const id of new Set([...copies.keys(), ...restored.keys()])) {
    const source = backups.get(id);
    if (source && (source.b.SourceBackup === undefined || !backups.has(source.b.SourceBackup))) {
      roots.push(node(source.b, source.at));
    } else if (!source) {
      const copy = copies.get(id)?.[0];
      const at: Where = copy
        ? { account: copy.at.account, region: copy.b.SourceRegion ?? copy.at.region }
        : ((restored.get(id) as { at: Where }[])[0] as { at: Where }).at;
      roots.push({ ...base(at), kind: "backup", id, state: "MISSING", missing: true, children: children(id) });
    }
  }
  return roots;
}

/** Operations that change no state and make or remove nothing: tags, policies, attributes. */
const QUIET: ReadonlySet<string> = new Set([
  "TagResource",
  "UntagResource",
  "ModifyBackupAttributes",
  "ModifyCluster",
  "PutResourcePolicy",
  "DeleteResourcePolicy",
]);

/** CloudHSM v2's part of the dashboard: clusters with their HSMs, backups, copy faults armed, and the lineage. */
export function cloudHsmDashboard(deps: { store: Store; pendingCopyFaults(): number }): DashboardSection {
  const populated = () =>
    deps.store
      .all()
      .filter((r) => r.clusters.size > 0 || r.backups.size() > 0)
      .sort(byPlace);
  return {
    quiet: QUIET,
    view(now) {
      const namespaces = populated();
      const section: CloudHsmDashboard = {
        title: "AWS CloudHSM v2",
        pendingCopyFaults: deps.pendingCopyFaults(),
        namespaces: namespaces.map((r) => ({
          account: r.account,
          region: r.region,
          clusters: [...r.clusters.values()].sort((a, b) => a.CreateTimestamp - b.CreateTimestamp).map(clusterView),
          backups: r.backups.all().map((b) => backupView(b, now)),
        })),
      };
      return { section, lineage: lineageOf(namespaces) };
    },
    states(visit, where) {
      for (const r of where ? [deps.store.peek(where.account, where.region) ?? []].flat() : deps.store.all()) {
        for (const c of r.clusters.values()) {
          visit("cluster", c.ClusterId, c.State, r, c.State === "CREATE_IN_PROGRESS" ? c.CreateTimestamp : undefined);
          for (const h of c.Hsms) {
            visit("hsm", h.HsmId, h.State, r);
          }
        }
        for (const b of r.backups.all()) {
          // A backup being made or copied took that state when it was created (a copy: when it was copied).
          visit(
            "backup",
            b.BackupId,
            b.BackupState,
            r,
            b.BackupState === "CREATE_IN_PROGRESS" ? (b.CopyTimestamp ?? b.CreateTimestamp) : undefined,
          );
        }
      }
    },
  };
}
