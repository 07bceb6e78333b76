import { defineFault, type Json, type ReplyView, type RequestView } from "../fault.js";
import { isBackup, isStartCopyJob, pathOf } from "./aws-backup.js";

/**
 * Faults against what an AWS Backup copy refuses or fails on (shared/reference/aws-backup-copy.md B4, B13, B15, B16;
 * the emulator's injected copy failure). Caught by the backup-refusals group.
 */
const GROUPS = ["backup-refusals"] as const;
const DESCRIBE_COPY_JOB = /^\/copy-jobs\/([^/]+)$/;
const isDescribeCopyJob = (r: RequestView) => isBackup(r) && r.method === "GET" && DESCRIBE_COPY_JOB.test(pathOf(r));
const copyJobIn = (reply: ReplyView) => reply.output?.CopyJob as Json | undefined;
const vaultNameOf = (arn: unknown) => String(arn ?? "").split(":backup-vault:")[1] ?? "";
/** The vault a request names in its path (`/backup-vaults/{name}…`). */
const pathVault = (r: RequestView) => decodeURIComponent(/^\/backup-vaults\/([^/]+)/.exec(pathOf(r))?.[1] ?? "");
/** A recovery point ARN in the job's destination vault's Region and account, which the target never made. */
const fakeDestinationPoint = (job: Json) =>
  `${String(job.DestinationBackupVaultArn ?? "").split(":backup-vault:")[0]}:recovery-point:FAULT-${Date.now()}`;

/** DescribeCopyJob's job rewritten by `change` when `matches` holds for it. */
function rewriteJobs(matches: (job: Json) => boolean, change: (job: Json) => Json) {
  return (reply: ReplyView, request: RequestView) => {
    const job = copyJobIn(reply);
    return isDescribeCopyJob(request) && job && matches(job) ? { output: { CopyJob: change(job) } } : undefined;
  };
}

/** A FAILED job shown as a COMPLETED copy with a recovery point in its destination. */
const asCompleted = (job: Json): Json => {
  const { StatusMessage: _, ...rest } = job;
  return { ...rest, State: "COMPLETED", DestinationRecoveryPointArn: fakeDestinationPoint(job) };
};

/**
 * Jobs the proxy makes up: StartCopyJob answered with an id the target never made, and DescribeCopyJob of that id
 * answered with a job that ended in `state`.
 */
function madeUpJobs(state: "COMPLETED" | "FAILED") {
  const jobs = new Map<string, Json>();
  return {
    accept(input: Json | undefined) {
      const id = `FAULT-${jobs.size + 1}`;
      const now = Date.now() / 1000;
      const job: Json = {
        CopyJobId: id,
        SourceRecoveryPointArn: input?.RecoveryPointArn,
        DestinationBackupVaultArn: input?.DestinationBackupVaultArn,
        CreationDate: now,
        CompletionDate: now,
        State: state,
      };
      jobs.set(
        id,
        state === "COMPLETED"
          ? { ...job, DestinationRecoveryPointArn: fakeDestinationPoint(job) }
          : {
              ...job,
              StatusMessage: "Copy job failed.",
            },
      );
      return { status: 200, output: { CopyJobId: id, CreationDate: now, IsParent: false } };
    },
    describe(request: RequestView) {
      const job = isDescribeCopyJob(request) ? jobs.get(DESCRIBE_COPY_JOB.exec(pathOf(request))?.[1] ?? "") : undefined;
      return job ? { answer: { status: 200, output: { CopyJob: job } } } : undefined;
    },
  };
}

/** StartCopyJob of a recovery point `chosen` (learnt from the traffic) answered with a made-up COMPLETED copy. */
function copiedAnyway(chosen: (arn: string) => boolean, learn?: (reply: ReplyView, request: RequestView) => void) {
  const made = madeUpJobs("COMPLETED");
  return {
    request: (request: RequestView) =>
      isStartCopyJob(request) && chosen(String(request.input?.RecoveryPointArn ?? ""))
        ? { answer: made.accept(request.input) }
        : made.describe(request),
    response: (reply: ReplyView, request: RequestView) => {
      learn?.(reply, request);
      return undefined;
    },
  };
}

export const backupColdCopyCompletes = defineFault({
  name: "backup-cold-copy-completes",
  level: "required",
  breaks: "A recovery point in cold storage is not copied.",
  source:
    "aws-backup-copy.md B4; recov-point-create-a-copy (backups in cold storage or archive tiers cannot be copied)",
  groups: GROUPS,
  operations: "any",
  create: () => {
    // The recovery points DescribeRecoveryPoint has shown COLD.
    const cold = new Set<string>();
    return copiedAnyway(
      (arn) => cold.has(arn),
      (reply, request) => {
        if (isBackup(request) && request.method === "GET" && reply.output?.StorageClass === "COLD") {
          cold.add(String(reply.output.RecoveryPointArn ?? ""));
        }
      },
    );
  },
});

export const backupContinuousCopyCompletes = defineFault({
  name: "backup-continuous-copy-completes",
  level: "required",
  breaks: "A continuous backup is not copied on demand.",
  source: "aws-backup-copy.md B13; point-in-time-recovery-copying; model StartCopyJob",
  groups: GROUPS,
  operations: "any",
  create: () => copiedAnyway((arn) => arn.includes(":recovery-point:continuous:")),
});

export const backupStateRefusalBecomesFailedJob = defineFault({
  name: "backup-state-refusal-becomes-failed-job",
  level: "advisory",
  breaks: "StartCopyJob refuses a cold or continuous recovery point at once with InvalidRequestException.",
  source: "aws-backup-copy.md B4 (InvalidRequestException is most likely), §9 question 2; refusal-choices.ts",
  groups: GROUPS,
  operations: "any",
  create: () => {
    const made = madeUpJobs("FAILED");
    return {
      request: (request) => made.describe(request),
      response: (reply, request) =>
        isStartCopyJob(request) && reply.headers.get("x-amzn-errortype") === "InvalidRequestException"
          ? { ...made.accept(request.input), headers: { "x-amzn-errortype": null } }
          : undefined,
    };
  },
});

/** A fault that learns the locked vaults from PutBackupVaultLockConfiguration and rewrites their copy jobs. */
function lockFault(name: string, breaks: string, from: string, change: (job: Json) => Json) {
  return defineFault({
    name,
    level: "required",
    breaks,
    source: "aws-backup-copy.md B16; model DescribeBackupVaultOutput.MinRetentionDays/MaxRetentionDays",
    groups: GROUPS,
    operations: "any",
    create: () => {
      const locked = new Set<string>();
      const rewrite = rewriteJobs(
        (job) => job.State === from && locked.has(vaultNameOf(job.DestinationBackupVaultArn)),
        change,
      );
      return {
        request: (request) => {
          if (isBackup(request) && request.method === "PUT" && pathOf(request).endsWith("/vault-lock")) {
            locked.add(pathVault(request));
          }
          return undefined;
        },
        response: rewrite,
      };
    },
  });
}

export const backupLockBoundsIgnored = lockFault(
  "backup-lock-bounds-ignored",
  "A copy whose retention is outside a locked vault's Min/MaxRetentionDays is failed by the vault.",
  "FAILED",
  asCompleted,
);

export const backupLockFittingCopyFails = lockFault(
  "backup-lock-fitting-copy-fails",
  "A copy whose retention is within a locked vault's Min/MaxRetentionDays completes.",
  "COMPLETED",
  ({ DestinationRecoveryPointArn: _, ...job }) => ({ ...job, State: "FAILED", StatusMessage: "Vault Lock." }),
);

export const backupSecondCopyRunsAlongside = defineFault({
  name: "backup-second-copy-runs-alongside",
  level: "required",
  breaks: "A second copy job of a resource stays CREATED until the running one completes.",
  source: "aws-backup-copy.md B15; recov-point-create-a-copy (Copy job concurrency)",
  groups: GROUPS,
  operations: "any",
  create: () => ({
    response: rewriteJobs(
      (job) => job.State === "CREATED",
      (job) => ({ ...job, State: "RUNNING" }),
    ),
  }),
});

export const backupSecondBackupRunsAlongside = defineFault({
  name: "backup-second-backup-runs-alongside",
  level: "required",
  breaks:
    "Only one backup or copy job runs at a time for a resource: a second backup job does not run beside the first.",
  source: "aws-backup-copy.md B15; recov-point-create-a-copy (Copy job concurrency)",
  groups: GROUPS,
  operations: "any",
  create: () => ({
    response: (reply, request) =>
      isBackup(request) &&
      request.method === "GET" &&
      /^\/backup-jobs\/[^/]+$/.test(pathOf(request)) &&
      reply.output?.State === "CREATED"
        ? { output: { ...reply.output, State: "RUNNING" } }
        : undefined,
  }),
});

export const backupSecondCopyRefused = defineFault({
  name: "backup-second-copy-refused",
  level: "required",
  breaks: "A second copy job of a resource is accepted and waits; it is not refused.",
  source: "aws-backup-copy.md B15; recov-point-create-a-copy (Copy job concurrency)",
  groups: GROUPS,
  operations: "any",
  create: () => {
    const started = new Set<string>();
    return {
      request: (request) => {
        const point = String(request.input?.RecoveryPointArn ?? "");
        if (!isStartCopyJob(request) || !point) {
          return undefined;
        }
        if (!started.has(point)) {
          started.add(point);
          return undefined;
        }
        return {
          answer: {
            status: 400,
            output: { Message: "A job is already running for this resource." },
            headers: { "x-amzn-errortype": "LimitExceededException", "content-type": "application/json" },
          },
        };
      },
    };
  },
});

export const backupFailedCopyMessageDropped = defineFault({
  name: "backup-failed-copy-message-dropped",
  level: "required",
  breaks: "A FAILED copy job carries the StatusMessage that explains it.",
  source: "model CopyJob.StatusMessage; the control API's InjectBackupCopyFault",
  groups: GROUPS,
  operations: "any",
  create: () => ({
    response: rewriteJobs(
      (job) => job.State === "FAILED" && job.StatusMessage !== undefined,
      ({ StatusMessage: _, ...job }) => job,
    ),
  }),
});

export const backupFailedCopyHasRecoveryPoint = defineFault({
  name: "backup-failed-copy-has-recovery-point",
  level: "advisory",
  breaks: "A FAILED copy job names no destination recovery point.",
  source: "aws-backup-copy.md B14 (DestinationRecoveryPointArn appears once the job is done, INFER)",
  groups: GROUPS,
  operations: "any",
  create: () => ({
    response: rewriteJobs(
      (job) => job.State === "FAILED",
      (job) => ({ ...job, DestinationRecoveryPointArn: fakeDestinationPoint(job) }),
    ),
  }),
});

export const backupDeletedDestinationCopyCompletes = defineFault({
  name: "backup-deleted-destination-copy-completes",
  level: "advisory",
  breaks: "A copy whose destination vault is gone when it runs ends FAILED.",
  source: "aws-backup-copy.md §9 question 2; refusal-choices.ts (the destination is checked when the job runs)",
  groups: GROUPS,
  operations: "any",
  create: () => {
    const deleted = new Set<string>();
    const rewrite = rewriteJobs(
      (job) => job.State === "FAILED" && deleted.has(vaultNameOf(job.DestinationBackupVaultArn)),
      asCompleted,
    );
    return {
      request: (request) => {
        if (isBackup(request) && request.method === "DELETE" && /^\/backup-vaults\/[^/]+$/.test(pathOf(request))) {
          deleted.add(pathVault(request));
        }
        return undefined;
      },
      response: rewrite,
    };
  },
});
