import type { BackupInputs, BackupOutputs } from "@cloudhsm-kit/spec";
import { type BackupContext, here } from "./context.js";
import { matching, pageFor } from "./paging.js";
import { recoveryPointCount } from "./vaults.js";

/** ListBackupVaults: the caller's vaults by name, paged; ByShared is ignored (no vault is shared here). */
export function listVaults(
  ctx: BackupContext,
  input: BackupInputs["ListBackupVaults"],
): BackupOutputs["ListBackupVaults"] {
  const store = here(ctx);
  const listed = [...store.vaults.values()].filter(matching([[input.ByVaultType, (v) => v.VaultType]]));
  const { items, next } = pageFor("backup-vaults", listed, (v) => v.BackupVaultName, input);
  const counted = items.map((v) => ({ ...v, NumberOfRecoveryPoints: recoveryPointCount(store, v.BackupVaultName) }));
  return { BackupVaultList: counted, ...next };
}
