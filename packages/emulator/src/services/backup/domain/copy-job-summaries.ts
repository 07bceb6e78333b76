import type { BackupApi, BackupInputs, BackupOutputs } from "@cloudhsm-kit/spec";
import type { CopyJob } from "../store/records.js";
import { type BackupContext, here } from "./context.js";
import { pageFor } from "./paging.js";

type Summary = BackupApi.components["schemas"]["CopyJobSummary"];
type Input = BackupInputs["ListCopyJobSummaries"];
type Period = NonNullable<Input["AggregationPeriod"]>;

const DAY = 86_400;

/**
 * The windows an aggregation period counts in, newest first, each `[start, end]` in epoch seconds (model,
 * AggregationPeriod): ONE_DAY "the daily job count for the prior 14 days" — fourteen one-day windows; SEVEN_DAYS and
 * FOURTEEN_DAYS one window of that length. UNDOC: where AWS puts day boundaries; here the windows end now.
 */
export function windowsOf(period: Period, now: number): [number, number][] {
  if (period === "ONE_DAY") {
    return Array.from({ length: 14 }, (_, i): [number, number] => [now - (i + 1) * DAY, now - i * DAY]);
  }
  return [[now - (period === "SEVEN_DAYS" ? 7 : 14) * DAY, now]];
}

/**
 * A dimension of the summary (State, ResourceType, MessageCategory): a value filters; `ANY` or no value keeps each
 * value apart; `AGGREGATE_ALL` counts every value together under that name (model, ListCopyJobSummaries).
 */
function dimension(filter: string | undefined, value: string | undefined): { keep: boolean; as: string } {
  if (filter === undefined || filter === "ANY") {
    return { keep: true, as: value ?? "" };
  }
  if (filter === "AGGREGATE_ALL") {
    return { keep: true, as: "AGGREGATE_ALL" };
  }
  return { keep: filter === value, as: value ?? "" };
}

function summaryKey(job: CopyJob, input: Input): string[] | undefined {
  if (input.AccountId !== undefined && input.AccountId !== job.AccountId) {
    return undefined;
  }
  const parts = [
    dimension(input.State, job.State),
    dimension(input.ResourceType, job.ResourceType),
    dimension(input.MessageCategory, job.MessageCategory),
  ];
  return parts.every((p) => p.keep) ? parts.map((p) => p.as) : undefined;
}

/**
 * Counts copy jobs by state, resource type and message category in each window of the period: a job counts in the
 * window its CreationDate falls in (after its start, up to its end). Windows without a job give no summary.
 */
export function summarise(
  jobs: Iterable<CopyJob>,
  input: Input,
  at: { now: number; region: string; account: string },
): Summary[] {
  const counts = new Map<string, Summary>();
  const windows = windowsOf(input.AggregationPeriod ?? "ONE_DAY", at.now);
  for (const job of jobs) {
    const key = summaryKey(job, input);
    const window = windows.find(([start, end]) => job.CreationDate > start && job.CreationDate <= end);
    if (key === undefined || window === undefined) {
      continue;
    }
    const [State, ResourceType, MessageCategory] = key;
    const id = [window[0].toFixed(3).padStart(16, "0"), ...key].join("|");
    const summary = counts.get(id) ?? {
      Region: at.region,
      AccountId: at.account,
      State: State as Summary["State"],
      ResourceType,
      MessageCategory,
      Count: 0,
      StartTime: window[0],
      EndTime: window[1],
    };
    summary.Count = (summary.Count ?? 0) + 1;
    counts.set(id, summary);
  }
  return [...counts.values()];
}

const summaryId = (s: Summary) =>
  `${(s.StartTime ?? 0).toFixed(3).padStart(16, "0")}|${s.State}|${s.ResourceType}|${s.MessageCategory}`;

/** ListCopyJobSummaries: the caller's copy jobs, counted per window of the aggregation period, paged. */
export function listCopyJobSummaries(ctx: BackupContext, input: Input): BackupOutputs["ListCopyJobSummaries"] {
  const period = input.AggregationPeriod ?? "ONE_DAY";
  const summaries = summarise(here(ctx).copyJobs.values(), input, ctx);
  const { items, next } = pageFor("copy-job-summaries", summaries, summaryId, input);
  return { CopyJobSummaries: items, AggregationPeriod: period, ...next };
}
