import { defineFault, type Json, type ReplyView, type RequestView } from "../fault.js";
import { on } from "./backup-plans.js";

/**
 * Faults against what a plan rule's run does (aws-backup-copy.md §3 "Scheduled copy", B11): the backup job it starts
 * for each selected resource, and the copy job each copy action starts once that backup is complete. The proxy
 * cannot stop the target from running a rule, so these hide or rewrite what the public API then shows of it.
 */
const GROUPS = ["backup-plans"] as const;
const isDescribeBackupJob = on("GET", /^\/backup-jobs\/[^/]+$/);
const isListBackupJobs = on("GET", /^\/backup-jobs\/?$/);
const isListCopyJobs = on("GET", /^\/copy-jobs\/?$/);
const isDescribeCopyJob = on("GET", /^\/copy-jobs\/[^/]+$/);
const isDescribeRecoveryPoint = on("GET", /^\/backup-vaults\/[^/]+\/recovery-points\/[^/]+$/);

type Job = Json & { CreatedBy?: Json; CreatedByBackupJobId?: string; DestinationRecoveryPointArn?: string };
/** A copy job a plan rule's backup started (the model: "Only applicable to scheduled copy jobs …"). */
const scheduled = (job: Job) => typeof job.CreatedByBackupJobId === "string";

/** A fault that rewrites the list `member` of a list operation's reply; `edit` returns the new list or undefined. */
function rewritingList(
  matches: (request: RequestView) => boolean,
  member: string,
  edit: (items: Job[], request: RequestView) => Job[] | undefined,
) {
  return () => ({
    response: (reply: ReplyView, request: RequestView) => {
      const items = reply.output?.[member] as Job[] | undefined;
      const edited = matches(request) && items ? edit(items, request) : undefined;
      return edited ? { output: { ...reply.output, [member]: edited } } : undefined;
    },
  });
}

/** A fault's `create` that drops `member` from the replies `matches` picks, when `applies` to the reply's output. */
function droppingMember(
  matches: (request: RequestView) => boolean,
  member: string,
  applies: (output: Json) => boolean = () => true,
) {
  return () => ({
    response: (reply: ReplyView, request: RequestView) => {
      const out = reply.output;
      if (!matches(request) || out?.[member] === undefined || !applies(out)) {
        return undefined;
      }
      const { [member]: _dropped, ...rest } = out;
      return { output: rest };
    },
  });
}

export const planRunStartsNoBackup = defineFault({
  name: "backup-plan-run-starts-no-backup-job",
  level: "required",
  breaks: "A due plan rule starts a backup job of each resource its plan's selections assign.",
  source: "aws-backup-copy.md §3 (Scheduled copy); model BackupRule, BackupSelection.Resources",
  groups: GROUPS,
  operations: "any",
  create: rewritingList(isListBackupJobs, "BackupJobs", (jobs) =>
    jobs.some((j) => j.CreatedBy) ? jobs.filter((j) => !j.CreatedBy) : undefined,
  ),
});

export const planJobNotAttributed = defineFault({
  name: "backup-plan-job-not-attributed",
  level: "required",
  breaks: "A backup job a plan rule started names the plan, its version and the rule in CreatedBy.",
  source: "model BackupJob.CreatedBy",
  groups: GROUPS,
  operations: "any",
  create: droppingMember(isDescribeBackupJob, "CreatedBy"),
});

export const planRunStartsNoCopy = defineFault({
  name: "backup-plan-run-starts-no-copy-job",
  level: "required",
  breaks: "A plan rule's completed backup starts a copy job for its copy action.",
  source: "aws-backup-copy.md §3 (Scheduled copy); recov-point-create-a-copy; model CopyJob.CreatedByBackupJobId",
  groups: GROUPS,
  operations: "any",
  create: rewritingList(isListCopyJobs, "CopyJobs", (jobs) =>
    jobs.some(scheduled) ? jobs.filter((j) => !scheduled(j)) : undefined,
  ),
});

export const planTwoActionsOneJob = defineFault({
  name: "backup-plan-two-copy-actions-one-job",
  level: "required",
  breaks: "A plan rule with two copy actions starts a copy job to each destination.",
  source: "aws-backup-copy.md B11; model BackupRuleInput.CopyActions",
  groups: GROUPS,
  operations: "any",
  create: rewritingList(isListCopyJobs, "CopyJobs", (jobs) => {
    // Only the first copy job of each backup job is left.
    const seen = new Set<string>();
    const first = jobs.filter((j) => {
      const by = j.CreatedByBackupJobId ?? "";
      if (!scheduled(j) || !seen.has(by)) {
        seen.add(by);
        return true;
      }
      return false;
    });
    return first.length < jobs.length ? first : undefined;
  }),
});

export const planCopyLandsInSourceRegion = defineFault({
  name: "backup-plan-copy-lands-in-source-region",
  level: "required",
  breaks: "A plan rule's copy lands in the copy action's vault, in that vault's Region.",
  source: "aws-backup-copy.md §3 notes; model CopyAction.DestinationBackupVaultArn",
  groups: GROUPS,
  operations: "any",
  create: () => {
    const toSource = (job: Job, region: string | undefined): Job => {
      const parts = (job.DestinationRecoveryPointArn ?? "").split(":");
      if (!scheduled(job) || parts.length < 6 || !region) {
        return job;
      }
      parts[3] = region;
      return { ...job, DestinationRecoveryPointArn: parts.join(":") };
    };
    const listed = rewritingList(isListCopyJobs, "CopyJobs", (jobs, request) => {
      const moved = jobs.map((j) => toSource(j, request.region));
      return moved.some((j, i) => j !== jobs[i]) ? moved : undefined;
    })();
    return {
      response: (reply: ReplyView, request: RequestView) => {
        const job = reply.output?.CopyJob as Job | undefined;
        if (isDescribeCopyJob(request) && job) {
          const moved = toSource(job, request.region);
          return moved === job ? undefined : { output: { CopyJob: moved } };
        }
        return listed.response(reply, request);
      },
    };
  },
});

export const planCopyIgnoresActionLifecycle = defineFault({
  name: "backup-plan-copy-ignores-action-lifecycle",
  level: "required",
  breaks: "A plan rule's copy takes its copy action's lifecycle (a copy's retention can be overridden).",
  source: "aws-backup-copy.md B5; recov-point-create-a-copy (Important); model CopyAction.Lifecycle",
  groups: GROUPS,
  operations: "any",
  // A copy (it names its source vault) of a recovery point a plan made (CreatedBy).
  create: droppingMember(
    isDescribeRecoveryPoint,
    "Lifecycle",
    (point) => typeof point.SourceBackupVaultArn === "string" && point.CreatedBy !== undefined,
  ),
});

export const planCopiesWithoutActions = defineFault({
  name: "backup-plan-copies-without-copy-actions",
  level: "advisory",
  breaks: "A plan rule without copy actions starts no copy job (undocumented: the reading of CopyActions).",
  source: "aws-backup-copy.md B11; model BackupRuleInput.CopyActions",
  groups: GROUPS,
  operations: "any",
  create: rewritingList(isListCopyJobs, "CopyJobs", (jobs, request) => {
    const resource = new URLSearchParams(request.path.split("?")[1] ?? "").get("resourceArn");
    if (jobs.length > 0 || !resource) {
      return undefined;
    }
    const now = Date.now() / 1000;
    const fake = { CopyJobId: "FAULT-PLAN-COPY", ResourceArn: resource, State: "COMPLETED", CreationDate: now };
    return [{ ...fake, CreatedByBackupJobId: "FAULT-PLAN-BACKUP", CompletionDate: now }];
  }),
});
