import type { BackupDashboard, LineageNode } from "@cloudhsm-kit/spec/control";
import type { DashboardSection } from "../../core/control/dashboard-section.js";
import { parseVaultArn } from "./domain/arns.js";
import type { CopyJob, RecoveryPoint } from "./store/records.js";
import type { BackupStore, RegionStore } from "./store/region-store.js";

type Where = Pick<RegionStore, "account" | "region">;
type Namespace = BackupDashboard["namespaces"][number];

const byPlace = (a: Where, b: Where) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region);
const byCreation = (a: { CreationDate: number }, b: { CreationDate: number }) => a.CreationDate - b.CreationDate;

function namespaceView(r: RegionStore): Namespace {
  const points = [...r.recoveryPoints.values()].sort(byCreation);
  return {
    account: r.account,
    region: r.region,
    vaults: [...r.vaults.values()].sort(byCreation).map((v) => ({
      BackupVaultName: v.BackupVaultName,
      BackupVaultArn: v.BackupVaultArn,
      CreationDate: v.CreationDate,
      NumberOfRecoveryPoints: points.filter((p) => p.BackupVaultName === v.BackupVaultName).length,
      ...(v.Locked !== undefined ? { Locked: v.Locked } : {}),
    })),
    recoveryPoints: points.map((p) => ({
      RecoveryPointArn: p.RecoveryPointArn,
      BackupVaultName: p.BackupVaultName,
      ResourceArn: p.ResourceArn,
      Status: p.Status ?? "COMPLETED",
      CreationDate: p.CreationDate,
      ...(p.CompletionDate !== undefined ? { CompletionDate: p.CompletionDate } : {}),
      ...(p.SourceBackupVaultArn !== undefined ? { SourceBackupVaultArn: p.SourceBackupVaultArn } : {}),
      ...(p.CalculatedLifecycle?.DeleteAt !== undefined ? { DeleteAt: p.CalculatedLifecycle.DeleteAt } : {}),
      Tags: r.tags.get(p.RecoveryPointArn) ?? {},
    })),
    copyJobs: [...r.copyJobs.values()].sort(byCreation).map((j) => ({
      CopyJobId: j.CopyJobId,
      State: j.State,
      ...(j.StatusMessage !== undefined ? { StatusMessage: j.StatusMessage } : {}),
      CreationDate: j.CreationDate,
      ...(j.CompletionDate !== undefined ? { CompletionDate: j.CompletionDate } : {}),
      SourceRecoveryPointArn: j.SourceRecoveryPointArn,
      ...(j.DestinationRecoveryPointArn !== undefined
        ? { DestinationRecoveryPointArn: j.DestinationRecoveryPointArn }
        : {}),
      SourceBackupVaultArn: j.SourceBackupVaultArn,
      DestinationBackupVaultArn: j.DestinationBackupVaultArn,
    })),
  };
}

/**
 * Copy lineage: each recovery point that is the source of a copy job, with, under it through each job, the recovery
 * point the job made in the destination vault (another Region or account), recursively. A job that has made none
 * (running, or failed) leads to a `missing` node named by the destination vault's ARN, in its Region and account.
 */
function lineageOf(namespaces: readonly RegionStore[]): LineageNode[] {
  const points = new Map<string, { p: RecoveryPoint; at: Where }>();
  const jobsFrom = new Map<string, CopyJob[]>();
  const copied = new Set<string>();
  for (const at of namespaces) {
    for (const p of at.recoveryPoints.values()) {
      points.set(p.RecoveryPointArn, { p, at });
    }
    for (const j of at.copyJobs.values()) {
      jobsFrom.set(j.SourceRecoveryPointArn, [...(jobsFrom.get(j.SourceRecoveryPointArn) ?? []), j]);
      if (j.DestinationRecoveryPointArn !== undefined) {
        copied.add(j.DestinationRecoveryPointArn);
      }
    }
  }
  const node = (arn: string, seen: Set<string>): LineageNode => {
    const found = points.get(arn);
    const base = found
      ? { account: found.at.account, region: found.at.region, state: found.p.Status ?? "COMPLETED" }
      : { account: "", region: "", state: "MISSING", missing: true };
    const next = new Set(seen).add(arn);
    return {
      service: "backup",
      kind: "recovery-point",
      id: arn,
      ...base,
      children: (jobsFrom.get(arn) ?? []).map((j) => {
        const via = { kind: "copy-job" as const, id: j.CopyJobId, state: j.State };
        const destination = j.DestinationRecoveryPointArn;
        if (destination !== undefined && !next.has(destination)) {
          return { ...node(destination, next), via };
        }
        const vault = parseVaultArn(j.DestinationBackupVaultArn);
        return {
          service: "backup",
          kind: "recovery-point" as const,
          id: destination ?? j.DestinationBackupVaultArn,
          account: vault?.account ?? "",
          region: vault?.region ?? "",
          state: "MISSING",
          missing: true,
          via,
          children: [],
        };
      }),
    };
  };
  return [...jobsFrom.keys()].filter((arn) => !copied.has(arn) || !points.has(arn)).map((arn) => node(arn, new Set()));
}

/** Operations that change no state and make or remove nothing: tags, vault policies, notifications and locks,
 * Region settings. (Plans start jobs only when their rules fall due, as scheduled transitions.) */
const QUIET: ReadonlySet<string> = new Set([
  "TagResource",
  "UntagResource",
  "PutBackupVaultAccessPolicy",
  "PutBackupVaultNotifications",
  "PutBackupVaultLockConfiguration",
  "DeleteBackupVaultLockConfiguration",
  "UpdateRegionSettings",
]);

/** AWS Backup's part of the dashboard: vaults, recovery points and copy jobs, copy faults armed, and the lineage. */
export function backupDashboard(deps: { store: BackupStore; pendingCopyFaults(): number }): DashboardSection {
  return {
    quiet: QUIET,
    view() {
      const namespaces = deps.store
        .all()
        .filter((r) => r.vaults.size > 0 || r.recoveryPoints.size > 0 || r.copyJobs.size > 0)
        .sort(byPlace);
      const section: BackupDashboard = {
        title: "AWS Backup",
        pendingCopyFaults: deps.pendingCopyFaults(),
        namespaces: namespaces.map(namespaceView),
      };
      return { section, lineage: lineageOf(namespaces) };
    },
    states(visit, where) {
      for (const r of where ? [deps.store.peek(where.account, where.region) ?? []].flat() : deps.store.all()) {
        for (const v of r.vaults.values()) {
          visit("vault", v.BackupVaultArn, v.VaultState ?? "AVAILABLE", r, v.CreationDate);
        }
        for (const p of r.recoveryPoints.values()) {
          visit("recovery-point", p.RecoveryPointArn, p.Status ?? "COMPLETED", r, p.CompletionDate ?? p.CreationDate);
        }
        for (const j of r.backupJobs.values()) {
          visit("backup-job", j.BackupJobId, j.State, r, j.CompletionDate ?? j.CreationDate);
        }
        for (const j of r.copyJobs.values()) {
          visit("copy-job", j.CopyJobId, j.State, r, j.CompletionDate ?? j.CreationDate);
        }
      }
    },
  };
}
