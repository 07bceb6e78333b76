import { excerpt } from "../../../core/protocol/json-limits.js";
import { backupArn } from "../domain/arn.js";
import { BACKUP_CHOICES } from "../domain/backup-choices.js";
import { isServedRegion } from "../domain/partitions.js";
import type { StateDocument } from "./state-members.js";

/** What the schema cannot say: uniqueness and agreement between records. */
export function consistencyProblem(doc: StateDocument): string | undefined {
  const namespaces = new Set<string>();
  for (const [n, ns] of doc.namespaces.entries()) {
    const at = `/namespaces/${n}`;
    const key = `${ns.account}/${ns.region}`;
    if (namespaces.has(key)) {
      return `${at}: a second namespace for account ${ns.account} in ${ns.region}.`;
    }
    namespaces.add(key);
    if (!isServedRegion(ns.region)) {
      return `${at}: ${ns.region} is not a region the emulator serves.`;
    }
    const backups = new Set<string>();
    for (const [i, b] of ns.backups.entries()) {
      if (backups.has(b.BackupId)) {
        return `${at}/backups/${i}: duplicate BackupId ${b.BackupId}.`;
      }
      backups.add(b.BackupId);
      if (b.BackupArn !== backupArn(ns.region, ns.account, b.BackupId)) {
        return `${at}/backups/${i}: BackupArn ${excerpt(b.BackupArn, 120)} does not name backup ${b.BackupId} of account ${ns.account} in ${ns.region}.`;
      }
      const mayHaveDeleteTimestamp =
        b.BackupState === "PENDING_DELETION" ||
        (b.BackupState === "DELETED" && BACKUP_CHOICES.deletedBackupKeepsDeleteTimestamp);
      if (
        (b.BackupState === "PENDING_DELETION" && b.DeleteTimestamp === undefined) ||
        (!mayHaveDeleteTimestamp && b.DeleteTimestamp !== undefined)
      ) {
        return `${at}/backups/${i}: DeleteTimestamp must be present exactly when BackupState is PENDING_DELETION.`;
      }
    }
    const unpromotable = (ns.promotedShares ?? []).findIndex((id) => !Object.hasOwn(ns.policies, id));
    if (unpromotable >= 0) {
      return `${at}/promotedShares/${unpromotable}: backup ${ns.promotedShares?.[unpromotable]} has no policy in this namespace, so it has no share to promote.`;
    }
    const clusters = new Set<string>();
    for (const [list, records] of [
      ["clusters", ns.clusters],
      ["retiredClusters", ns.retiredClusters],
    ] as const) {
      for (const [i, c] of records.entries()) {
        if (clusters.has(c.ClusterId)) {
          return `${at}/${list}/${i}: duplicate ClusterId ${c.ClusterId}.`;
        }
        clusters.add(c.ClusterId);
        const stray = c.Hsms.findIndex((h) => h.ClusterId !== c.ClusterId);
        if (stray >= 0) {
          return `${at}/${list}/${i}/Hsms/${stray}: ClusterId must be ${c.ClusterId}, the cluster that holds it.`;
        }
      }
    }
  }
  return undefined;
}
