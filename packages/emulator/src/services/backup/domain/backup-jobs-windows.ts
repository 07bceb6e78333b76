import type { BackupJob } from "../store/records.js";
import type { RegionStore } from "../store/region-store.js";

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

/** The job ended EXPIRED (UNDOC: its CompletionDate is the window's end and the StatusMessage is the emulator's). */
export const expired = (job: BackupJob, now: number): BackupJob => ({
  ...job,
  State: "EXPIRED",
  CompletionDate: now,
  StatusMessage: "The backup job did not start within its start window.",
});

/**
 * A backup job's completion window: the time by which a started job must complete, "or it will be canceled by
 * Backup". A plan rule's counts from the start: "A value in minutes after a backup job is successfully started before
 * it must be completed" (model, BackupRule.CompletionWindowMinutes); StartBackupJob's from the scheduled time: "This
 * value begins counting down from when the backup was scheduled." (model, CompleteWindowMinutes). Undefined when the
 * job has none.
 */
export function completeByOf(store: RegionStore, job: BackupJob, startedAt: number): number | undefined {
  const createdBy = job.CreatedBy;
  if (createdBy?.BackupRuleId === undefined) {
    return undefined; // an on-demand job's deadline is fixed when it is made (backup-jobs.ts)
  }
  const minutes = store.plans
    .get(createdBy.BackupPlanId ?? "")
    ?.BackupPlan.Rules.find((rule) => rule.RuleId === createdBy.BackupRuleId)?.CompletionWindowMinutes;
  return minutes === undefined ? undefined : startedAt + minutes * 60;
}

/** Whether a running job is past its completion window at `now`: not when its run ends then or sooner. */
export const completionWindowOver = (job: BackupJob, now: number): boolean =>
  job.State === "RUNNING" && job.ExpectedCompletionDate !== undefined && now < job.ExpectedCompletionDate;

/** The job canceled: ABORTED (UNDOC: the state of a canceled job, as StopBackupJob "attempts to cancel a job"). */
export const aborted = (job: BackupJob, now: number): BackupJob => ({
  ...job,
  State: "ABORTED",
  CompletionDate: now,
  StatusMessage: "The backup job did not complete within its completion window.",
});
