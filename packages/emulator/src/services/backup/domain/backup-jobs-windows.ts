import type { BackupJob } from "../store/records.js";

/**
 * A backup job's start window. StartWindowMinutes: "During the start window, the backup job status remains in
 * CREATED status until it has successfully begun or until the start window time has run out. … until the job status
 * changes to EXPIRED (which is expected to occur when the start window time is over)." (model, BackupRuleInput and
 * StartBackupJobInput.) In the emulator a job stays CREATED only while another job of its resource runs (job-queue.ts).
 */

/** StartBackupJob: "This value is optional, and the default is 8 hours." (model, StartBackupJobInput) */
export const DEFAULT_START_WINDOW_MINUTES = 480;

/**
 * BackupJob.StartBy: "The value is calculated by adding the start window to the scheduled time." (model) A plan
 * rule's job is scheduled when its rule runs, an on-demand job when it is asked for.
 */
export const startByOf = (scheduled: number, windowMinutes = DEFAULT_START_WINDOW_MINUTES): number =>
  scheduled + windowMinutes * 60;

/** Whether a job still waiting to start has run out of its start window at `now`. */
export const startWindowOver = (job: BackupJob, now: number): boolean =>
  job.State === "CREATED" && job.StartBy !== undefined && now >= job.StartBy;

/** The job ends EXPIRED (UNDOC: its CompletionDate is the window's end and the StatusMessage is the emulator's). */
export function expire(job: BackupJob, now: number): void {
  Object.assign(job, {
    State: "EXPIRED",
    CompletionDate: now,
    StatusMessage: "The backup job did not start within its start window.",
  });
}
