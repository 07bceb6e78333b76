import type { RecoveryPoint } from "./records.js";
import { creationKey, SortedIndex } from "./sorted-index.js";

/**
 * A Region's recovery points by ARN. It is a Map, so domain code and the state document read and write it as one;
 * every set and delete also keeps each vault's points in creation order (a recovery point stays in its vault and keeps
 * its creation date), so that a vault's listing and count do not read every point of the Region. The index is never
 * stored: an imported document rebuilds it as it sets each point.
 */
export class RecoveryPointTable extends Map<string, RecoveryPoint> {
  readonly #byVault = new Map<string, SortedIndex<RecoveryPoint>>();

  override set(arn: string, point: RecoveryPoint): this {
    this.#unindex(arn);
    super.set(arn, point);
    const index = this.#byVault.get(point.BackupVaultName) ?? new SortedIndex<RecoveryPoint>();
    index.insert(creationKey(point.CreationDate, arn), point);
    this.#byVault.set(point.BackupVaultName, index);
    return this;
  }

  override delete(arn: string): boolean {
    this.#unindex(arn);
    return super.delete(arn);
  }

  override clear(): void {
    super.clear();
    this.#byVault.clear();
  }

  /** A vault's recovery points, oldest first (to read only: the table keeps it). */
  inVault(vaultName: string): SortedIndex<RecoveryPoint> {
    return this.#byVault.get(vaultName) ?? new SortedIndex<RecoveryPoint>();
  }

  #unindex(arn: string): void {
    const old = this.get(arn);
    const index = old && this.#byVault.get(old.BackupVaultName);
    if (!old || !index) {
      return;
    }
    index.remove(creationKey(old.CreationDate, arn));
    if (index.size === 0) {
      this.#byVault.delete(old.BackupVaultName);
    }
  }
}
