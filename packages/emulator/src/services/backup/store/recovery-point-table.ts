import { IndexedMap } from "./indexed-map.js";
import type { RecoveryPoint } from "./records.js";
import { creationKey, SortedIndex } from "./sorted-index.js";

/**
 * A Region's recovery points by ARN, with each vault's points in creation order (indexed-map.ts): a recovery point
 * stays in its vault and keeps its creation date, so a vault's listing and count need not read every point.
 */
export class RecoveryPointTable extends IndexedMap<RecoveryPoint> {
  readonly #byVault = new Map<string, SortedIndex<RecoveryPoint>>();

  /** A vault's recovery points, oldest first (to read only: the table keeps it). */
  inVault(vaultName: string): SortedIndex<RecoveryPoint> {
    return this.#byVault.get(vaultName) ?? new SortedIndex<RecoveryPoint>();
  }

  protected index(arn: string, point: RecoveryPoint): void {
    const index = this.#byVault.get(point.BackupVaultName) ?? new SortedIndex<RecoveryPoint>();
    index.insert(creationKey(point.CreationDate, arn), point);
    this.#byVault.set(point.BackupVaultName, index);
  }

  protected unindex(arn: string, point: RecoveryPoint): void {
    const index = this.#byVault.get(point.BackupVaultName);
    index?.remove(creationKey(point.CreationDate, arn));
    if (index?.size === 0) {
      this.#byVault.delete(point.BackupVaultName);
    }
  }

  protected clearIndexes(): void {
    this.#byVault.clear();
  }
}
