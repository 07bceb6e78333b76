import type { Vault } from "../store/records.js";

/**
 * Vault Lock (model, DescribeBackupVaultOutput.Min/MaxRetentionDays): "any backup or copy job to the vault must have a
 * lifecycle policy with a retention period equal to or longer than the minimum … [or shorter than the maximum]. If
 * the job's retention period is shorter [longer] … the vault fails the backup or copy job" (B16). Why a locked vault
 * fails a job whose retention is `days` (undefined or -1: kept for ever), or undefined.
 */
export function lockProblem(vault: Vault, days: number | undefined, job: "backup" | "copy"): string | undefined {
  const forever = days === undefined || days === -1;
  if (vault.MinRetentionDays !== undefined && !forever && days < vault.MinRetentionDays) {
    return `The ${job}'s retention of ${days} days is shorter than the vault's MinRetentionDays ${vault.MinRetentionDays}.`;
  }
  if (vault.MaxRetentionDays !== undefined && (forever || days > vault.MaxRetentionDays)) {
    return `The ${job}'s retention${forever ? " (indefinite)" : ` of ${days} days`} is longer than the vault's MaxRetentionDays ${vault.MaxRetentionDays}.`;
  }
  return undefined;
}
