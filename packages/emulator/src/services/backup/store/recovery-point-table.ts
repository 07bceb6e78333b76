import type { RecoveryPoint } from "./records.js";
import { SealedTable } from "./sealed-table.js";
import { creationKey, SortedIndex } from "./sorted-index.js";

/**
 * A Region's recovery points by ARN, with each vault's points in creation order (indexed-map.ts): a recovery point
 * stays in its vault and keeps its creation date, so a vault's listing and count need not read every point. Points
 * are sealed (sealed-table.ts): a change replaces the point, in place in its vault's index.
 */
export class RecoveryPointTable extends SealedTable<RecoveryPoint> {
  readonly #byVault = new Map<string, SortedIndex<Readonly<RecoveryPoint>>>();

  /** A vault's recovery points, oldest first (to read only: the table keeps it). */
  inVault(vaultName: string): SortedIndex<Readonly<RecoveryPoint>> {
    return this.#byVault.get(vaultName) ?? new SortedIndex<Readonly<RecoveryPoint>>();
  }

  protected index(arn: string, point: Readonly<RecoveryPoint>): void {
    const index = this.#byVault.get(point.BackupVaultName) ?? new SortedIndex<Readonly<RecoveryPoint>>();
    index.insert(creationKey(point.CreationDate, arn), point);
    this.#byVault.set(point.BackupVaultName, index);
  }

  protected unindex(arn: string, point: Readonly<RecoveryPoint>): void {
    const index = this.#byVault.get(point.BackupVaultName);
    index?.remove(creationKey(point.CreationDate, arn));
    if (index?.size === 0) {
      this.#byVault.delete(point.BackupVaultName);
    }
  }

  protected override reindex(arn: string, old: Readonly<RecoveryPoint>, point: Readonly<RecoveryPoint>): void {
    if (old.BackupVaultName === point.BackupVaultName && old.CreationDate === point.CreationDate) {
      this.#byVault.get(point.BackupVaultName)?.insert(creationKey(point.CreationDate, arn), point);
    } else {
      super.reindex(arn, old, point);
    }
  }

  protected clearIndexes(): void {
    this.#byVault.clear();
  }
}
