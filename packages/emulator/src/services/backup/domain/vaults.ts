import type { BackupInputs, BackupOutputs } from "@cloudhsm-kit/spec";
import type { Vault } from "../store/records.js";
import type { RegionStore } from "../store/region-store.js";
import { defaultKeyArn, vaultArn } from "./arns.js";
import { type BackupContext, here } from "./context.js";
import { alreadyExists, BackupError, invalidRequest, notFound } from "./errors.js";

/**
 * A vault of the caller's account and Region. Missing: ResourceNotFoundException, the modelled error, by default;
 * AWS is observed to answer 403 AccessDeniedException "Insufficient privileges to perform this action." instead
 * (aws-backup-copy.md B18), which the option `backupMissingVault: "AccessDeniedException"` chooses.
 */
export function vaultOf(ctx: BackupContext, name: string): Vault {
  const store = here(ctx);
  const vault = store.vaults.get(name);
  if (!vault) {
    throw ctx.missingVault === "AccessDeniedException"
      ? new BackupError("AccessDeniedException", "Insufficient privileges to perform this action.")
      : notFound(`Backup vault ${name} does not exist in account ${store.account} and Region ${store.region}.`);
  }
  return vault;
}

/** NumberOfRecoveryPoints: counted, not approximated (the model: "can be an approximation" in the console). */
export const recoveryPointCount = (store: RegionStore, name: string) => store.recoveryPoints.inVault(name).size;

export const describeVault = (store: RegionStore, vault: Vault): BackupOutputs["DescribeBackupVault"] => ({
  ...vault,
  NumberOfRecoveryPoints: recoveryPointCount(store, vault.BackupVaultName),
});

/**
 * CreateBackupVault: a name taken in this account and Region → AlreadyExistsException, unless the request repeats
 * the vault's CreatorRequestId (the idempotency token the SDKs fill in): then the vault is returned (UNDOC).
 */
export function createVault(
  ctx: BackupContext,
  input: BackupInputs["CreateBackupVault"],
): BackupOutputs["CreateBackupVault"] {
  const store = here(ctx);
  const existing = store.vaults.get(input.BackupVaultName);
  if (existing) {
    if (input.CreatorRequestId !== undefined && existing.CreatorRequestId === input.CreatorRequestId) {
      return created(existing);
    }
    throw alreadyExists(`Backup vault with the same name already exists: ${input.BackupVaultName}`, {
      Arn: existing.BackupVaultArn,
      CreatorRequestId: existing.CreatorRequestId,
    });
  }
  const vault: Vault = {
    BackupVaultName: input.BackupVaultName,
    BackupVaultArn: vaultArn(ctx.partition, ctx.region, ctx.account, input.BackupVaultName),
    VaultType: "BACKUP_VAULT",
    VaultState: "AVAILABLE",
    EncryptionKeyArn: input.EncryptionKeyArn ?? defaultKeyArn(ctx),
    ...(input.EncryptionKeyArn !== undefined ? { EncryptionKeyType: "CUSTOMER_MANAGED_KMS_KEY" as const } : {}),
    CreationDate: ctx.now,
    ...(input.CreatorRequestId !== undefined ? { CreatorRequestId: input.CreatorRequestId } : {}),
    Locked: false,
  };
  store.vaults.set(vault.BackupVaultName, vault);
  if (input.BackupVaultTags && Object.keys(input.BackupVaultTags).length > 0) {
    store.tags.set(vault.BackupVaultArn, { ...input.BackupVaultTags });
  }
  return created(vault);
}

const created = (vault: Vault): BackupOutputs["CreateBackupVault"] => ({
  BackupVaultName: vault.BackupVaultName,
  BackupVaultArn: vault.BackupVaultArn,
  CreationDate: vault.CreationDate,
  ...(vault.VaultState !== undefined ? { VaultState: vault.VaultState } : {}),
});

/** DeleteBackupVault: "A vault can be deleted only if it is empty" — observed message (B19). */
export function deleteVault(ctx: BackupContext, name: string): void {
  const store = here(ctx);
  const vault = vaultOf(ctx, name);
  if (recoveryPointCount(store, name) > 0) {
    throw invalidRequest("Backup vault cannot be deleted because it contains recovery points.", "ERROR_9101");
  }
  store.vaults.delete(name);
  store.vaultExtras.delete(name);
  store.tags.delete(vault.BackupVaultArn);
}
