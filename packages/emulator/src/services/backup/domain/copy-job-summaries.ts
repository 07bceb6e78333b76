import type { BackupApi, BackupInputs, BackupOutputs } from "@cloudhsm-kit/spec";
import type { CopyJob } from "../store/records.js";
import { type BackupContext, here } from "./context.js";
import { pageFor } from "./paging.js";

type Summary = BackupApi.components["schemas"]["CopyJobSummary"];

const DAYS = { ONE_DAY: 1, SEVEN_DAYS: 7, FOURTEEN_DAYS: 14 } as const;
const DAY = 86_400;

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

/**
 * ListCopyJobSummaries: the caller's copy jobs created in the last aggregation period (UNDOC: AWS counts per
 * period within its last 30 days; here one period, ending now), counted by state, resource type and message category.
 */
export function listCopyJobSummaries(
  ctx: BackupContext,
  input: BackupInputs["ListCopyJobSummaries"],
): BackupOutputs["ListCopyJobSummaries"] {
  const period = input.AggregationPeriod ?? "ONE_DAY";
  const start = ctx.now - DAYS[period] * DAY;
  const counts = new Map<string, Summary>();
  for (const job of here(ctx).copyJobs.values()) {
    const key = summaryKey(job, input);
    if (job.CreationDate < start || key === undefined) {
      continue;
    }
    const [State, ResourceType, MessageCategory] = key;
    const id = key.join("|");
    const summary = counts.get(id) ?? {
      Region: ctx.region,
      AccountId: ctx.account,
      State: State as Summary["State"],
      ResourceType,
      MessageCategory,
      Count: 0,
      StartTime: start,
      EndTime: ctx.now,
    };
    summary.Count = (summary.Count ?? 0) + 1;
    counts.set(id, summary);
  }
  const { items, next } = pageFor("copy-job-summaries", [...counts.values()], summaryId, input);
  return { CopyJobSummaries: items, AggregationPeriod: period, ...next };
}

function summaryKey(job: CopyJob, input: BackupInputs["ListCopyJobSummaries"]): string[] | undefined {
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

const summaryId = (s: Summary) => `${s.State}|${s.ResourceType}|${s.MessageCategory}`;
