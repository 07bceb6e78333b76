import { defineFault, type Json, type RequestView } from "../fault.js";
import { isBackup, isStartCopyJob, pathOf } from "./aws-backup.js";

/**
 * Faults against AWS Backup's reply shapes and StartCopyJob's idempotency token (the Backup document of the spec;
 * aws-backup-copy.md §4 and B17). Each breaks one member of one operation's reply as AWS's model types it.
 */
const SCHEMA = ["backup-schema"] as const;

/** A fault that changes one reply member of the Backup operation `matches` recognises. */
function replyMemberFault(
  name: string,
  breaks: string,
  matches: (request: RequestView) => boolean,
  change: (output: Json) => Json | undefined,
) {
  return defineFault({
    name,
    level: "required",
    breaks,
    source: "the spec's AWS Backup document (AWS's model, botocore backup/2018-11-15)",
    groups: SCHEMA,
    operations: "any",
    create: () => ({
      response: (reply, request) => {
        const changed = matches(request) && reply.status === 200 && reply.output ? change(reply.output) : undefined;
        return changed ? { output: changed } : undefined;
      },
    }),
  });
}

/** The reply with its epoch-second CreationDate written as ISO 8601 text. */
const creationDateAsText = (output: Json): Json | undefined =>
  typeof output.CreationDate === "number"
    ? { ...output, CreationDate: new Date(output.CreationDate * 1000).toISOString() }
    : undefined;

const route = (method: string, path: RegExp) => (r: RequestView) =>
  isBackup(r) && r.method === method && path.test(pathOf(r));

export const backupRecoveryPointDateText = replyMemberFault(
  "backup-recovery-point-creation-date-text",
  "DescribeRecoveryPoint's CreationDate is a number of epoch seconds, not ISO 8601 text.",
  route("GET", /^\/backup-vaults\/[^/]+\/recovery-points\/[^/]+$/),
  creationDateAsText,
);

export const backupVaultCreationDateText = replyMemberFault(
  "backup-vault-creation-date-text",
  "CreateBackupVault's CreationDate is a number of epoch seconds, not ISO 8601 text.",
  route("PUT", /^\/backup-vaults\/[^/]+$/),
  creationDateAsText,
);

export const backupJobCreationDateText = replyMemberFault(
  "backup-job-creation-date-text",
  "DescribeBackupJob's CreationDate is a number of epoch seconds, not ISO 8601 text.",
  route("GET", /^\/backup-jobs\/[^/]+$/),
  creationDateAsText,
);

export const backupIdempotencyTokenIgnored = defineFault({
  name: "backup-idempotency-token-ignored",
  level: "required",
  breaks: "StartCopyJob retried with the same IdempotencyToken takes no action (the token is not dropped).",
  source: "aws-backup-copy.md B17; model StartCopyJobInput.IdempotencyToken",
  groups: ["backup-copy-jobs"],
  operations: "any",
  create: () => ({
    request: (request) => {
      if (!isStartCopyJob(request) || request.input?.IdempotencyToken === undefined) {
        return undefined;
      }
      const { IdempotencyToken: _dropped, ...input } = request.input;
      return { input };
    },
  }),
});

export const backupCreatedAfterIgnored = defineFault({
  name: "backup-list-created-after-ignored",
  level: "required",
  breaks: "ListCopyJobs with createdAfter lists only the jobs created after that date.",
  source: "model ListCopyJobsInput.ByCreatedAfter",
  groups: ["backup-list-copy-jobs"],
  operations: "any",
  create: () => ({
    response: (reply, request) => {
      const jobs = reply.output?.CopyJobs;
      if (!isBackup(request) || !request.path.includes("createdAfter=") || !Array.isArray(jobs) || jobs.length === 0) {
        return undefined;
      }
      // A job from long before the date, as a server that ignores the filter would list it.
      const old = { ...(jobs[0] as Json), CopyJobId: "fault-old-job", CreationDate: 946684800 };
      return { output: { ...reply.output, CopyJobs: [...jobs, old] } };
    },
  }),
});

export const backupCopyLifecycleDropped = defineFault({
  name: "backup-copy-lifecycle-dropped",
  level: "required",
  breaks: "A copy keeps the lifecycle StartCopyJob gave it (its DeleteAt counted from the source's creation date).",
  source: "aws-backup-copy.md B5; recov-point-create-a-copy (You can override the retention period)",
  groups: ["backup-destination"],
  operations: "any",
  create: () => ({
    response: (reply, request) => {
      const output = reply.output;
      if (!isBackup(request) || request.method !== "GET" || !/\/recovery-points\/[^/]+$/.test(pathOf(request))) {
        return undefined;
      }
      if (!output?.CalculatedLifecycle && !output?.Lifecycle) {
        return undefined;
      }
      const { CalculatedLifecycle: _calculated, Lifecycle: _lifecycle, ...rest } = output;
      return { output: rest };
    },
  }),
});

/** Every number and boolean of a reply, however deep, written as text: what a server that stringifies its records sends. */
function scalarsAsText(value: unknown): unknown {
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  if (Array.isArray(value)) {
    return value.map(scalarsAsText);
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scalarsAsText(v)]));
  }
  return value;
}

export const backupScalarsAsText = replyMemberFault(
  "backup-reply-scalars-as-text",
  "Every AWS Backup reply types its members as the model does: dates and counts as JSON numbers, flags as booleans.",
  (r) => isBackup(r),
  (output) => {
    const changed = scalarsAsText(output) as Json;
    return JSON.stringify(changed) === JSON.stringify(output) ? undefined : changed;
  },
);
