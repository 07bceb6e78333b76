import type { BackupJob, CopyJob } from "../store/records.js";
import type { RegionStore } from "../store/region-store.js";
import { completeByOf } from "./backup-jobs-windows.js";
import type { BackupContext } from "./context.js";

/** The scheduled transitions of AWS Backup's jobs (kinds are distinct from CloudHSM's `backup.*`). */
export const JOB_EVENTS = {
  backupStarted: "aws-backup.backup-job.started",
  backupCompleted: "aws-backup.backup-job.completed",
  copyStarted: "aws-backup.copy-job.started",
  copyCompleted: "aws-backup.copy-job.completed",
} as const;

type AnyJob = { job: BackupJob; kind: "backup" } | { job: CopyJob; kind: "copy" };

/** The jobs of a resource that have not ended (job-table.ts's index): the only ones that can run or wait. */
const jobsOf = (store: RegionStore, resourceArn: string): AnyJob[] => [
  ...store.backupJobs.openOf(resourceArn).map((job) => ({ job, kind: "backup" as const })),
  ...store.copyJobs.openOf(resourceArn).map((job) => ({ job, kind: "copy" as const })),
];

/**
 * "Only one backup or copy job can run at a time for a given resource. Additional copy jobs for the same resource
 * remain in CREATED status until the running job completes." (aws-backup-copy.md B15). A job whose start is due
 * runs when no job of its resource (in its account and Region) is RUNNING; otherwise it waits in CREATED.
 */
export function startWhenFree(ctx: BackupContext, store: RegionStore, item: AnyJob): void {
  const id = item.kind === "backup" ? item.job.BackupJobId : item.job.CopyJobId;
  const extras = store.jobExtras.get(id) ?? {};
  store.jobExtras.set(id, extras);
  if (jobsOf(store, item.job.ResourceArn).some(({ job }) => job.State === "RUNNING")) {
    // A waiting backup job is looked at again when its start window ends (backup-jobs-windows.ts).
    if (item.kind === "backup" && !extras.waiting && item.job.StartBy !== undefined) {
      ctx.schedule({ kind: JOB_EVENTS.backupStarted, id, at: item.job.StartBy });
    }
    extras.waiting = true;
    return;
  }
  delete extras.waiting;
  if (item.kind === "copy") {
    store.copyJobs.set(id, { ...item.job, State: "RUNNING" });
    ctx.schedule({ kind: JOB_EVENTS.copyCompleted, id, at: ctx.now + ctx.delays.copyRun });
    return;
  }
  const kind = JOB_EVENTS.backupCompleted;
  const end = ctx.now + ctx.delays.backupRun;
  store.backupJobs.set(id, { ...item.job, State: "RUNNING", ExpectedCompletionDate: end });
  ctx.schedule({ kind, id, at: end });
  // Its end is looked at again when its completion window ends first (backup-jobs-windows.ts).
  const completeBy = completeByOf(store, item.job, ctx.now);
  if (completeBy !== undefined && completeBy < end) {
    ctx.schedule({ kind, id, at: completeBy });
  }
}

/** After a job of a resource ends: the longest-waiting job of that resource starts. */
export function releaseResource(ctx: BackupContext, store: RegionStore, resourceArn: string): void {
  const next = jobsOf(store, resourceArn)
    .filter(({ job }) => store.jobExtras.get(idOf(job))?.waiting === true)
    .sort((a, b) => a.job.CreationDate - b.job.CreationDate)[0];
  if (next) {
    startWhenFree(ctx, store, next);
  }
}

const idOf = (job: BackupJob | CopyJob) => ("BackupJobId" in job ? job.BackupJobId : job.CopyJobId);
