import { defineFault, type Json, type ReplyView, type RequestView } from "../fault.js";

/**
 * Faults against AWS Backup's cross-Region copy (shared/reference/aws-backup-copy.md, § and B…). Backup speaks
 * restJson1, so a fault finds its operation by the SigV4 scope's service, the method and the path.
 */
export const isBackup = (request: RequestView) =>
  (request.headers.get("authorization") ?? "").includes("/backup/aws4_request");
export const pathOf = (request: RequestView) => request.path.split("?")[0] ?? "";
const errorOf = (reply: ReplyView) => reply.headers.get("x-amzn-errortype") ?? undefined;
export const isStartCopyJob = (r: RequestView) =>
  isBackup(r) && r.method === "PUT" && /^\/copy-jobs\/?$/.test(pathOf(r));
const isDescribeCopyJob = (r: RequestView) =>
  isBackup(r) && r.method === "GET" && /^\/copy-jobs\/[^/]+$/.test(pathOf(r));
const isListCopyJobs = (r: RequestView) => isBackup(r) && r.method === "GET" && /^\/copy-jobs\/?$/.test(pathOf(r));
const isRecoveryPoint = (r: RequestView) =>
  isBackup(r) && /^\/backup-vaults\/[^/]+\/recovery-points\/[^/]+$/.test(pathOf(r));
const gapOf = (input: Json | undefined) => {
  const lifecycle = input?.Lifecycle as { MoveToColdStorageAfterDays?: number; DeleteAfterDays?: number } | undefined;
  return lifecycle?.MoveToColdStorageAfterDays === undefined || lifecycle.DeleteAfterDays === undefined
    ? undefined
    : lifecycle.DeleteAfterDays - lifecycle.MoveToColdStorageAfterDays;
};
const copyJobOf = (reply: ReplyView) => reply.output?.CopyJob as Json | undefined;
const refused = (message: string) => ({
  status: 400,
  output: { Message: message },
  headers: { "x-amzn-errortype": "InvalidParameterValueException", "content-type": "application/json" },
});
const WIRE = ["backup-wire", "backup-schema"] as const;

export const backupErrorTypeDropped = defineFault({
  name: "backup-error-type-header-dropped",
  level: "required",
  breaks: "A restJson1 error reply names its error in the X-Amzn-ErrorType header.",
  source: "aws-backup-copy.md §2.1; Smithy restJson1 (Operation error serialization)",
  groups: WIRE,
  operations: "any",
  create: () => ({
    response: (reply, request) =>
      isBackup(request) && errorOf(reply) ? { headers: { "x-amzn-errortype": null } } : undefined,
  }),
});

/** A modelled client error of AWS Backup sent with another HTTP status than its 400. */
function statusFault(name: string, error: string, status: number) {
  return defineFault({
    name,
    level: "required",
    breaks: `${error} is a client error: HTTP 400, not ${status}.`,
    source: "aws-backup-copy.md §2.1; API_DescribeCopyJob (HTTP Status Code: 400)",
    groups: WIRE,
    operations: "any",
    create: () => ({
      response: (reply, request) => (isBackup(request) && errorOf(reply) === error ? { status } : undefined),
    }),
  });
}

export const backupInvalidParameterAs500 = statusFault(
  "backup-invalid-parameter-as-500",
  "InvalidParameterValueException",
  500,
);

export const backupNotFoundAs404 = statusFault("backup-not-found-as-404", "ResourceNotFoundException", 404);

export const backupOnlyTrailingSlashRouted = defineFault({
  name: "backup-copy-jobs-without-slash-unrouted",
  level: "required",
  breaks: "ListCopyJobs answers at /copy-jobs as well as at /copy-jobs/ (trailing slashes are optional).",
  source: "aws-backup-copy.md §2 (Trailing slashes); Smithy HTTP bindings (Literal character sequences)",
  groups: ["backup-wire"],
  operations: "any",
  create: () => ({
    request: (request) =>
      isBackup(request) && request.method === "GET" && pathOf(request) === "/copy-jobs"
        ? {
            answer: {
              status: 404,
              output: { Message: "no route" },
              headers: { "x-amzn-errortype": "UnknownOperationException", "content-type": "application/json" },
            },
          }
        : undefined,
  }),
});

/** A fault that rewrites DescribeCopyJob's job while it is still CREATED or RUNNING. */
function unfinishedJobFault(name: string, breaks: string, source: string, change: (job: Json) => Json) {
  return defineFault({
    name,
    level: "required",
    breaks,
    source,
    groups: ["backup-copy-jobs"],
    operations: "any",
    create: () => ({
      response: (reply, request) => {
        const job = copyJobOf(reply);
        return isDescribeCopyJob(request) && job && (job.State === "CREATED" || job.State === "RUNNING")
          ? { output: { CopyJob: change(job) } }
          : undefined;
      },
    }),
  });
}

export const backupCopyCompletesAtOnce = unfinishedJobFault(
  "backup-copy-completes-at-once",
  "A copy job starts CREATED (then RUNNING) before it is COMPLETED.",
  "aws-backup-copy.md B14; recov-point-create-a-copy (Copy job retry)",
  (job) => ({ ...job, State: "COMPLETED" }),
);

export const backupCompletionDateEarly = unfinishedJobFault(
  "backup-completion-date-before-completion",
  "A copy job has a CompletionDate only once it is complete.",
  "aws-backup-copy.md B14; model CopyJob.CompletionDate",
  (job) => ({ ...job, CompletionDate: job.CreationDate }),
);

export const backupCopyLandsInSourceRegion = defineFault({
  name: "backup-copy-lands-in-source-region",
  level: "required",
  breaks: "A cross-Region copy's recovery point is in the destination vault's Region.",
  source: "aws-backup-copy.md §3 notes (StartCopyJob); model StartCopyJobInput.DestinationBackupVaultArn",
  groups: ["backup-destination"],
  operations: "any",
  create: () => ({
    response: (reply, request) => {
      const job = copyJobOf(reply);
      const arn = typeof job?.DestinationRecoveryPointArn === "string" ? job.DestinationRecoveryPointArn : undefined;
      if (!isDescribeCopyJob(request) || !arn || !request.region) {
        return undefined;
      }
      const parts = arn.split(":");
      parts[3] = request.region;
      return { output: { CopyJob: { ...job, DestinationRecoveryPointArn: parts.join(":") } } };
    },
  }),
});

export const backupCopyCreationDateIsNow = defineFault({
  name: "backup-copy-creation-date-is-copy-time",
  level: "required",
  breaks: "A copy keeps its source's creation date, not the time of the copy.",
  source: "aws-backup-copy.md B5; recov-point-create-a-copy (Important)",
  groups: ["backup-destination"],
  operations: "any",
  create: () => ({
    response: (reply, request) => {
      const out = reply.output;
      const copied = typeof out?.SourceBackupVaultArn === "string" && out.SourceBackupVaultArn !== out.BackupVaultArn;
      return isRecoveryPoint(request) && request.method === "GET" && copied && typeof out?.CreationDate === "number"
        ? { output: { ...out, CreationDate: out.CreationDate + 3600 } }
        : undefined;
    },
  }),
});

export const backupLifecycleBoundaryRefused = defineFault({
  name: "backup-lifecycle-boundary-refused",
  level: "required",
  breaks: "DeleteAfterDays exactly 90 days after MoveToColdStorageAfterDays is accepted (at least 90 days after).",
  source: "aws-backup-copy.md B1; model Lifecycle.DeleteAfterDays",
  groups: ["backup-lifecycle"],
  operations: "any",
  create: () => ({
    request: (request) =>
      (isStartCopyJob(request) || (isRecoveryPoint(request) && request.method === "POST")) &&
      gapOf(request.input) === 90
        ? { answer: refused("DeleteAfterDays must be more than 90 days after MoveToColdStorageAfterDays") }
        : undefined,
  }),
});

export const backupLifecycleRuleIgnored = defineFault({
  name: "backup-lifecycle-rule-not-enforced",
  level: "required",
  breaks: "A lifecycle that deletes less than 90 days after the move to cold storage is refused.",
  source: "aws-backup-copy.md B1; model Lifecycle.DeleteAfterDays",
  groups: ["backup-lifecycle"],
  operations: "any",
  create: () => ({
    request: (request) => {
      const gap = gapOf(request.input);
      if (gap === undefined || gap >= 90 || !request.input) {
        return undefined;
      }
      if (!isStartCopyJob(request) && !(isRecoveryPoint(request) && request.method === "POST")) {
        return undefined;
      }
      // Forwarded without the lifecycle, so the target accepts it.
      const { Lifecycle: _dropped, ...rest } = request.input;
      return { input: rest };
    },
  }),
});

export const backupCrossPartitionCopied = defineFault({
  name: "backup-cross-partition-copy-completes",
  level: "required",
  breaks: "No copy is made into a vault of another partition.",
  source: "aws-backup-copy.md B12; backup-feature-availability (footnote 2)",
  groups: ["backup-partitions"],
  operations: "any",
  create: () => fakeCompletedCopy((input) => String(input?.DestinationBackupVaultArn ?? "").startsWith("arn:aws-cn:")),
});

export const backupPlainDynamoDbCopied = defineFault({
  name: "backup-plain-dynamodb-copy-completes",
  level: "required",
  breaks: "A DynamoDB backup without full AWS Backup management is not copied.",
  source: "aws-backup-copy.md B9; recov-point-create-a-copy (Note), advanced-ddb-backup",
  groups: ["backup-partitions"],
  operations: "any",
  create: () => {
    // The recovery points of DynamoDB tables, learnt from DescribeBackupJob replies.
    const dynamoDb = new Set<string>();
    const fake = fakeCompletedCopy((input) => dynamoDb.has(String(input?.RecoveryPointArn ?? "")));
    return {
      request: fake.request,
      response: (reply: ReplyView, request: RequestView) => {
        const out = reply.output;
        if (isBackup(request) && pathOf(request).startsWith("/backup-jobs/") && out?.ResourceType === "DynamoDB") {
          dynamoDb.add(String(out.RecoveryPointArn ?? ""));
        }
        return undefined;
      },
    };
  },
});

/** Answers a StartCopyJob that `matches` itself with a job id, and DescribeCopyJob of that id with COMPLETED. */
function fakeCompletedCopy(matches: (input: Json | undefined) => boolean) {
  const fakes = new Set<string>();
  return {
    request: (request: RequestView) => {
      if (isStartCopyJob(request) && matches(request.input)) {
        const id = `FAULT-${fakes.size + 1}`;
        fakes.add(id);
        return { answer: { status: 200, output: { CopyJobId: id, CreationDate: Date.now() / 1000, IsParent: false } } };
      }
      const id = pathOf(request).split("/")[2] ?? "";
      if (isDescribeCopyJob(request) && fakes.has(id)) {
        const now = Date.now() / 1000;
        return {
          answer: {
            status: 200,
            output: { CopyJob: { CopyJobId: id, State: "COMPLETED", CreationDate: now, CompletionDate: now } },
          },
        };
      }
      return undefined;
    },
  };
}

export const backupStateFilterIgnored = defineFault({
  name: "backup-list-state-filter-ignored",
  level: "required",
  breaks: "ListCopyJobs ByState lists only the jobs in that state.",
  source: "aws-backup-copy.md §3 notes (ListCopyJobs filters); model ListCopyJobsInput.ByState",
  groups: ["backup-list-copy-jobs"],
  operations: "any",
  create: () => ({
    response: (reply, request) => {
      const jobs = reply.output?.CopyJobs as Json[] | undefined;
      if (!isListCopyJobs(request) || !request.path.includes("state=COMPLETED") || !jobs?.length) {
        return undefined;
      }
      return {
        output: { ...reply.output, CopyJobs: [...jobs, { ...jobs[0], CopyJobId: "FAULT-RUNNING", State: "RUNNING" }] },
      };
    },
  }),
});

export const backupPagingRepeats = defineFault({
  name: "backup-list-paging-repeats-a-job",
  level: "required",
  breaks: "ListCopyJobs pages with NextToken list each job once.",
  source: "aws-backup-copy.md §2 (Pagination); model ListCopyJobsInput.NextToken",
  groups: ["backup-list-copy-jobs"],
  operations: "any",
  create: () => {
    let previous: Json | undefined;
    return {
      response: (reply, request) => {
        const jobs = reply.output?.CopyJobs as Json[] | undefined;
        if (!isListCopyJobs(request) || !jobs) {
          return undefined;
        }
        const repeat = request.path.includes("nextToken=") ? previous : undefined;
        previous = jobs[0];
        return repeat ? { output: { ...reply.output, CopyJobs: [repeat, ...jobs] } } : undefined;
      },
    };
  },
});
