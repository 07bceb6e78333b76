import type { BackupErrorName } from "./errors.js";

/**
 * Choices the emulator makes where AWS documents that a copy cannot happen but not how it is turned down
 * (aws-backup-copy.md §9 question 2: "Is each a synchronous 400 (which exception?) or a job that ends FAILED?").
 * Kept beside the code they steer (copy-jobs.ts, recovery-points.ts, continuous.ts); the package
 * README lists them under AWS Backup's "Undocumented choices". Two more are the shape of the code rather than a value:
 * - a destination vault that is missing when the copy runs, or whose lock's Min/MaxRetentionDays the copy's retention
 *   breaks (B16, "the vault fails the backup or copy job"), is found when the job runs: StartCopyJob accepts it and
 *   the job ends FAILED with a StatusMessage (copy-completion.ts). The destination may be in another account or
 *   Region, which the source Region cannot see at the time of the call (INFER);
 * - "Only one backup or copy job can run at a time for a given resource" (B15) is documented as queueing for copy
 *   jobs ("remain in CREATED status"); a backup job of a busy resource waits in CREATED the same way (job-queue.ts),
 *   as nothing says it is refused.
 */
export const REFUSAL_CHOICES = {
  /** A recovery point in cold storage (B4): refused at StartCopyJob with this error, as the reference infers
   * ("InvalidRequestException is most likely"); the request is well formed, the recovery point's state forbids it. */
  coldCopyError: "InvalidRequestException" as BackupErrorName,
  /** A continuous recovery point copied on demand (B13): refused at StartCopyJob like a cold one (nothing observed;
   * the same reasoning: a state of the recovery point, not a bad parameter). */
  continuousCopyError: "InvalidRequestException" as BackupErrorName,
  /** UpdateRecoveryPointLifecycle on a continuous recovery point ("This operation does not support continuous
   * backups", model): refused with this error. */
  continuousLifecycleError: "InvalidRequestException" as BackupErrorName,
  /** Resource types a rule with EnableContinuousBackup backs up continuously ([UG-PITR]: Amazon S3, Amazon RDS,
   * Aurora and SAP HANA on Amazon EC2; the last is not modelled). Other types get snapshot backups. */
  continuousResourceTypes: ["RDS", "Aurora", "S3"] as readonly string[],
} as const;
