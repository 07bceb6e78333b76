const DAY = 86_400;

/**
 * Choices the emulator makes where AWS's behaviour is undocumented (cloudhsmv2-api.md §7 "UNDOC",
 * observed-aws-behaviour.md "NONE"/"low"): Backup lifecycle, retention and copies. Kept beside the code they steer; the
 * package README lists each as `UNDOC.<name>` under "Undocumented behaviour".
 */
export const BACKUP_CHOICES = {
  /** How long a backup stays listed as DELETED after its 7-day window or a failed copy, before it disappears
   * (observed §6 "Emulator": tombstone, e.g. 24 h). */
  backupTombstoneSeconds: DAY,
  /** "A cluster's last backup" that retention never purges: its newest READY backup (`ready` is oldest first). */
  lastBackup: <T>(ready: readonly T[]): T | undefined => ready[ready.length - 1],
  /** Backups of a deleted cluster keep that cluster's retention policy. */
  deletedClusterKeepsRetention: true,
  /** Backup states ModifyBackupAttributes accepts (observed §3 "Emulator"). */
  modifiableBackupStates: ["READY"] as readonly string[],
  /** A backup that becomes DELETED (its 7-day window over) loses its DeleteTimestamp, as a restored one does
   * (nothing shows whether AWS keeps it on a DELETED backup). true: keep it. */
  deletedBackupKeepsDeleteTimestamp: false,
  /** A copy of a copy (the source has no ClusterId) has no SourceCluster: the field names the cluster of the backup
   * copied, and that backup belongs to none (nothing shows whether AWS carries the original cluster along). true:
   * carry the source's own SourceCluster along. */
  copyOfCopyKeepsSourceCluster: false,
} as const;
