import { keepRecord } from "../../../core/state/keep-record.js";
import type { StateSection } from "../../../core/state/state-document.js";
import { createStringTable } from "../../../core/state/string-table.js";
import type { BackupStore, RegionStore } from "../store/region-store.js";

/** The maps of a namespace that a state document carries, each as an object keyed like the map. */
const MAPS = [
  "vaults",
  "vaultExtras",
  "recoveryPoints",
  "backupJobs",
  "copyJobs",
  "jobExtras",
  "tags",
  "plans",
  "selections",
] as const;

/**
 * The members of vaults, recovery points, jobs and plans whose values repeat across records (a vault's name and ARN,
 * the resource and its type, the role, states, storage classes, keys, the plan a job came from): a loaded store keeps
 * one copy of each value. The benchmark's seed (10,000 copy jobs, 40,000 recovery points) took 68 MiB of heap with a
 * copy of every value each, 51 with one.
 */
const REPEATED_MEMBERS: ReadonlySet<string> = new Set([
  "AccountId",
  "BackupVaultName",
  "BackupVaultArn",
  "SourceBackupVaultArn",
  "DestinationBackupVaultArn",
  "ResourceArn",
  "ResourceType",
  "ResourceName",
  "IamRoleArn",
  "Status",
  "State",
  "StatusMessage",
  "MessageCategory",
  "EncryptionKeyArn",
  "DestinationEncryptionKeyArn",
  "StorageClass",
  "VaultType",
  "VaultState",
  "DestinationVaultType",
  "DestinationVaultLockState",
  "BackupPlanId",
  "BackupPlanArn",
  "BackupPlanVersion",
  "BackupRuleId",
]);

type NamespaceState = { account: string; region: string; settings: RegionStore["settings"] } & {
  [M in (typeof MAPS)[number]]: Record<string, unknown>;
};

/**
 * AWS Backup's part of the state document, under its id (`"backup": {copyFaults, namespaces}`), as the core's
 * state-document.ts asks of a further service. A document without it (one written before AWS Backup was served)
 * loads as an empty AWS Backup.
 */
export function createStateSection(deps: {
  store: BackupStore;
  copyFaults(): string[];
  setCopyFaults(faults: string[]): void;
}): StateSection {
  const exportNamespace = (ns: RegionStore): NamespaceState => ({
    account: ns.account,
    region: ns.region,
    settings: ns.settings,
    ...(Object.fromEntries(MAPS.map((m) => [m, Object.fromEntries(ns[m])])) as Record<
      (typeof MAPS)[number],
      Record<string, unknown>
    >),
  });
  return {
    export: () => ({ backup: { copyFaults: deps.copyFaults(), namespaces: deps.store.all().map(exportNamespace) } }),
    check(doc) {
      const section = (doc as { backup?: unknown }).backup;
      if (section === undefined) {
        return undefined;
      }
      const s = section as { copyFaults?: unknown; namespaces?: unknown };
      const ok =
        typeof section === "object" &&
        section !== null &&
        Array.isArray(s.copyFaults) &&
        s.copyFaults.every((f) => typeof f === "string") &&
        Array.isArray(s.namespaces) &&
        s.namespaces.every(
          (n: Partial<NamespaceState>) =>
            typeof n?.account === "string" &&
            typeof n.region === "string" &&
            MAPS.every((m) => typeof n[m] === "object" && n[m] !== null),
        );
      return ok ? undefined : "the document's `backup` member does not have AWS Backup's state shape.";
    },
    load(doc, keep) {
      deps.store.reset();
      const section = doc.backup as { copyFaults: string[]; namespaces: NamespaceState[] } | undefined;
      deps.setCopyFaults(structuredClone(section?.copyFaults ?? []));
      const strings = createStringTable();
      const kept = <T>(record: T) => keepRecord(record, keep, REPEATED_MEMBERS, strings);
      for (const n of section?.namespaces ?? []) {
        const ns = deps.store.region(n.account, n.region);
        ns.settings = kept(n.settings);
        for (const m of MAPS) {
          for (const [k, v] of Object.entries(n[m])) {
            (ns[m] as Map<string, unknown>).set(k, kept(v));
          }
        }
      }
    },
    reset() {
      deps.store.reset();
      deps.setCopyFaults([]);
    },
  };
}
