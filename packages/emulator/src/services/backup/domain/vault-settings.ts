import type { BackupInputs, BackupOutputs } from "@cloudhsm-kit/spec";
import { type BackupContext, here } from "./context.js";
import { invalidParameter, invalidRequest, notFound } from "./errors.js";
import { vaultOf } from "./vaults.js";

const DAY = 86_400;

/** A vault's extras (policy, notifications), made on first use. */
function extrasOf(ctx: BackupContext, name: string) {
  const store = here(ctx);
  const vault = vaultOf(ctx, name);
  let extras = store.vaultExtras.get(name);
  if (!extras) {
    extras = {};
    store.vaultExtras.set(name, extras);
  }
  return { vault, extras };
}

export function putAccessPolicy(ctx: BackupContext, name: string, policy: string | undefined): void {
  const { extras } = extrasOf(ctx, name);
  if (policy === undefined) {
    delete extras.policy;
  } else {
    extras.policy = policy;
  }
}

/** Without a policy: ResourceNotFoundException "Backup Vault <arn> has no associated POLICY" (observed, B20). */
export function getAccessPolicy(ctx: BackupContext, name: string): BackupOutputs["GetBackupVaultAccessPolicy"] {
  const { vault, extras } = extrasOf(ctx, name);
  if (extras.policy === undefined) {
    throw notFound(`Backup Vault ${vault.BackupVaultArn} has no associated POLICY`);
  }
  return { BackupVaultName: name, BackupVaultArn: vault.BackupVaultArn, Policy: extras.policy };
}

export function putNotifications(ctx: BackupContext, input: BackupInputs["PutBackupVaultNotifications"]): void {
  extrasOf(ctx, input.BackupVaultName).extras.notifications = {
    SNSTopicArn: input.SNSTopicArn,
    BackupVaultEvents: [...input.BackupVaultEvents],
  };
}

export function getNotifications(ctx: BackupContext, name: string): BackupOutputs["GetBackupVaultNotifications"] {
  const { vault, extras } = extrasOf(ctx, name);
  if (!extras.notifications) {
    throw notFound(`Backup vault ${name} has no notification configuration.`);
  }
  return { BackupVaultName: name, BackupVaultArn: vault.BackupVaultArn, ...extras.notifications };
}

/**
 * Vault Lock: Min/MaxRetentionDays bound the retention of every later backup or copy job into the vault (B16). With
 * ChangeableForDays the lock becomes immutable at LockDate; until then it can be changed or deleted.
 */
export function putLock(ctx: BackupContext, input: BackupInputs["PutBackupVaultLockConfiguration"]): void {
  const vault = vaultOf(ctx, input.BackupVaultName);
  checkMutable(ctx, vault.LockDate);
  const { MinRetentionDays: min, MaxRetentionDays: max, ChangeableForDays: days } = input;
  if (min !== undefined && max !== undefined && min > max) {
    throw invalidParameter("MinRetentionDays cannot be greater than MaxRetentionDays.");
  }
  vault.Locked = true;
  vault.MinRetentionDays = min;
  vault.MaxRetentionDays = max;
  vault.LockDate = days === undefined ? undefined : ctx.now + days * DAY;
  for (const k of ["MinRetentionDays", "MaxRetentionDays", "LockDate"] as const) {
    if (vault[k] === undefined) {
      delete vault[k];
    }
  }
}

export function deleteLock(ctx: BackupContext, name: string): void {
  const vault = vaultOf(ctx, name);
  checkMutable(ctx, vault.LockDate);
  vault.Locked = false;
  delete vault.MinRetentionDays;
  delete vault.MaxRetentionDays;
  delete vault.LockDate;
}

function checkMutable(ctx: BackupContext, lockDate: number | undefined): void {
  if (lockDate !== undefined && lockDate <= ctx.now) {
    throw invalidRequest("The vault lock is immutable: its grace time (ChangeableForDays) has ended.");
  }
}
