import type { BackupApi } from "@cloudhsm-kit/spec";
import { ConfigurationError, describeValue } from "../core/options/configuration-error.js";
import { checkWaitOptions, createWaiter, type WaitOptions } from "../core/waiters/create-waiter.js";
import type { BackupClient } from "./client-types.js";

type Schemas = BackupApi.components["schemas"];
export type CopyJob = Schemas["CopyJob"];
export type BackupJob = Schemas["DescribeBackupJobOutput"];

/**
 * States a job never leaves (CopyJobState and BackupJobState of AWS's model): a copy job ends COMPLETED, FAILED or
 * PARTIAL (a composite job); a backup job also ABORTED or EXPIRED.
 */
export const COPY_JOB_FINAL_STATES = ["COMPLETED", "FAILED", "PARTIAL"] as const;
export const BACKUP_JOB_FINAL_STATES = ["COMPLETED", "ABORTED", "FAILED", "EXPIRED", "PARTIAL"] as const;

export interface JobWaitResult<Job> {
  /** The final state reached. */
  readonly state: string;
  readonly job: Job;
  /** Describe calls made. */
  readonly polls: number;
}

/** The job did not reach a final state in time; says which job and the state last seen. */
export class JobWaitTimeoutError extends Error {
  override readonly name = "JobWaitTimeoutError";
  constructor(
    readonly jobId: string,
    readonly lastState: string | undefined,
    readonly timeoutMs: number,
    readonly polls: number,
  ) {
    super(
      `job ${jobId} did not reach a final state within ${timeoutMs} ms; last state seen: ${lastState ?? "none"} ` +
        `after ${polls} poll${polls === 1 ? "" : "s"}`,
    );
  }
}

/** How one kind of job is waited for: its describe call, where the state is, and its final states. */
interface JobKind<Job, Client, Id extends string> {
  readonly name: string;
  readonly idMember: Id;
  readonly describe: (client: Client, id: string, signal: AbortSignal | undefined) => Promise<Job | undefined>;
  readonly stateOf: (job: Job) => string | undefined;
  readonly finalStates: readonly string[];
}

/** The options of a job waiter: every waiter's, and the job's ID. */
export type JobWaitOptions<Id extends string> = WaitOptions & { readonly [K in Id]: string };

/** A waiter for one kind of job: polls its describe call until the job is in a final state, whichever it is. */
function jobWaiter<Job, Client, Id extends string>(kind: JobKind<Job, Client, Id>) {
  const waiter = createWaiter({
    name: kind.name,
    poll: (client: Client, id: string, signal) => kind.describe(client, id, signal),
    acceptors: [{ state: "success", matches: (job: Job) => kind.finalStates.includes(kind.stateOf(job) ?? "") }],
  });
  return async (client: Client, options: JobWaitOptions<Id>): Promise<JobWaitResult<Job>> => {
    const id: unknown = options?.[kind.idMember];
    if (typeof id !== "string" || id === "") {
      throw new ConfigurationError(
        `${kind.name}: ${kind.idMember} must be a non-empty string; got ${describeValue(id)}`,
      );
    }
    checkWaitOptions(options, kind.name);
    const { timeoutMs, pollIntervalMs, signal } = options;
    const result = await waiter(client, id, { timeoutMs, pollIntervalMs, signal });
    if (result.state === "timeout") {
      const last = result.last === undefined ? undefined : kind.stateOf(result.last);
      throw new JobWaitTimeoutError(id, last, timeoutMs, result.polls);
    }
    return { state: kind.stateOf(result.observation) ?? "", job: result.observation, polls: result.polls };
  };
}

/**
 * Polls DescribeCopyJob until the copy job is COMPLETED, FAILED or PARTIAL, and returns it with that state (a
 * FAILED job's `StatusMessage` says why). Call it in the Region the copy was started in.
 *
 * @example
 * const { state, job } = await waitUntilCopyJobDone(source, { CopyJobId, timeoutMs: 60 * 60_000 });
 */
export const waitUntilCopyJobDone = /* @__PURE__ */ jobWaiter<
  CopyJob,
  Pick<BackupClient, "describeCopyJob">,
  "CopyJobId"
>({
  name: "waitUntilCopyJobDone",
  idMember: "CopyJobId",
  describe: async (client, CopyJobId, signal) => (await client.describeCopyJob({ CopyJobId }, { signal })).CopyJob,
  stateOf: (job) => job.State,
  finalStates: COPY_JOB_FINAL_STATES,
});

/**
 * Polls DescribeBackupJob until the backup job is COMPLETED, ABORTED, FAILED, EXPIRED or PARTIAL, and returns it.
 *
 * @example
 * const { state, job } = await waitUntilBackupJobDone(client, { BackupJobId, timeoutMs: 60 * 60_000 });
 */
export const waitUntilBackupJobDone = /* @__PURE__ */ jobWaiter<
  BackupJob,
  Pick<BackupClient, "describeBackupJob">,
  "BackupJobId"
>({
  name: "waitUntilBackupJobDone",
  idMember: "BackupJobId",
  describe: async (client, BackupJobId, signal) => client.describeBackupJob({ BackupJobId }, { signal }),
  stateOf: (job) => job.State,
  finalStates: BACKUP_JOB_FINAL_STATES,
});
