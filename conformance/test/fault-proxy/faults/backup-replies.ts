import type { FaultContext, FaultHooks } from "../fault.js";
import { type Backup, editBackups } from "../wire-json.js";

/** The operations whose replies carry Backup records. */
export const BACKUP_REPLIES = ["DescribeBackups", "DeleteBackup", "RestoreBackup", "ModifyBackupAttributes"];

/**
 * The `create` of a fault that rewrites backups in replies: `edit` returns the record to deliver instead, or
 * undefined to leave it. `fresh` lets a fault keep state per proxy (e.g. what it saw earlier).
 */
export function rewritingBackups(edit: (backup: Backup) => Backup | undefined): () => FaultHooks;
export function rewritingBackups<S>(
  edit: (backup: Backup, state: S) => Backup | undefined,
  fresh: () => S,
): () => FaultHooks;
export function rewritingBackups<S>(
  edit: (backup: Backup, state: S) => Backup | undefined,
  fresh: () => S = () => undefined as S,
): () => FaultHooks {
  return () => {
    const state = fresh();
    return {
      response: ({ output }) => {
        const edited = editBackups(output, (b) => edit(b, state));
        return edited ? { output: edited } : undefined;
      },
    };
  };
}

/** The backup as DescribeBackups lists it now in the caller's region (the fault's own call, not part of the traffic). */
export async function describeOne(context: FaultContext, backupId: unknown): Promise<Backup | undefined> {
  const reply = await context.call("DescribeBackups", { Filters: { backupIds: [backupId] } });
  const backups = reply.output?.Backups;
  return Array.isArray(backups)
    ? (backups.find((b: Backup) => b.BackupId === backupId) as Backup | undefined)
    : undefined;
}
