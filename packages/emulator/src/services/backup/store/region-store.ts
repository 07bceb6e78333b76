import { createNamespaces } from "../../../core/store/namespaces.js";
import { JobExtrasTable } from "./job-extras-table.js";
import { JobTable } from "./job-table.js";
import type { BackupJob, CopyJob, Plan, RegionSettings, Selection, Tags, Vault, VaultExtras } from "./records.js";
import { RecoveryPointTable } from "./recovery-point-table.js";

/**
 * One account × region of AWS Backup: its vaults, recovery points (by ARN), jobs, tags and region settings. The
 * recovery points, jobs and jobs' extras are Maps that keep their own indexes (recovery-point-table.ts, job-table.ts,
 * job-extras-table.ts).
 */
export function createRegionStore(account: string, region: string) {
  return {
    account,
    region,
    vaults: new Map<string, Vault>(),
    vaultExtras: new Map<string, VaultExtras>(),
    recoveryPoints: new RecoveryPointTable(),
    backupJobs: new JobTable<BackupJob>(),
    copyJobs: new JobTable<CopyJob>(),
    jobExtras: new JobExtrasTable(),
    tags: new Map<string, Tags>(),
    plans: new Map<string, Plan>(),
    selections: new Map<string, Selection>(),
    settings: { ResourceTypeManagementPreference: { DynamoDB: false, EFS: true } } as RegionSettings,
  };
}
export type RegionStore = ReturnType<typeof createRegionStore>;

/** AWS Backup's stores, one per account × region (core/store/namespaces.ts). */
export const createBackupStore = () => createNamespaces(createRegionStore);
export type BackupStore = ReturnType<typeof createBackupStore>;
