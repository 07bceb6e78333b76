/**
 * How long AWS Backup's jobs take on the emulated clock, in seconds (UNDOC: "AWS Backup does not provide any
 * service-level agreements (SLAs) for copy job completion times", aws-backup-copy.md B14). Short by default, like
 * CloudHSM's `--timings fast`: a job starts a second after it is created and finishes a minute later.
 */
export interface BackupDelays {
  /** CREATED → RUNNING of a backup or copy job whose resource is free. */
  jobStart: number;
  /** RUNNING → COMPLETED of a backup job. */
  backupRun: number;
  /** RUNNING → COMPLETED | FAILED of a copy job. */
  copyRun: number;
}

export const DEFAULT_BACKUP_DELAYS: BackupDelays = { jobStart: 1, backupRun: 60, copyRun: 60 };
