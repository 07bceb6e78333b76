import type { CopyJob } from "@cloudhsm-kit/client/backup";
import type { BackupInputs, BackupOutputs } from "@cloudhsm-kit/spec";
import { expectEqual, expectTrue } from "../../../harness/assert.js";
import { B } from "../citations.js";
import type { BackupContext, Check } from "../context.js";
import { type CopyVariety, copyVariety } from "../fixtures/copy-variety.js";
import { everyJob } from "../fixtures/job-lists.js";

type Summary = NonNullable<BackupOutputs["ListCopyJobSummaries"]["CopyJobSummaries"]>[number];
type SummaryInput = NonNullable<BackupInputs["ListCopyJobSummaries"]>;

/** Every summary ListCopyJobSummaries gives for `input`, page by page (the model has no paginator for it). */
async function everySummary(t: BackupContext, input: SummaryInput): Promise<Summary[]> {
  const out: Summary[] = [];
  let token: string | undefined;
  for (let page = 0; page < 50; page++) {
    const reply = await t.backup().listCopyJobSummaries({ ...input, ...(token ? { NextToken: token } : {}) });
    out.push(...(reply.CopyJobSummaries ?? []));
    token = reply.NextToken ?? undefined;
    if (!token) {
      return out;
    }
  }
  throw new Error("ListCopyJobSummaries gave a NextToken on 50 pages in a row");
}

/** What a summary counts a job under: its state, resource type and message category. */
const tripleOf = (j: { State?: string; ResourceType?: string; MessageCategory?: string }) =>
  `${j.State ?? ""} ${j.ResourceType ?? ""} ${j.MessageCategory ?? ""}`;

const covers = (s: Summary, date: number | undefined) =>
  date !== undefined && (s.StartTime ?? Number.POSITIVE_INFINITY) <= date && date <= (s.EndTime ?? 0);

/** The run's copy jobs of the variety (the failed one when the target made it). */
const jobsOf = (v: CopyVariety): CopyJob[] => [v.efs, v.ebs, ...(v.failed ? [v.failed] : [])];

/** For each of the run's jobs, the summary of its state, type and category whose window holds its creation date. */
function summaryOf(summaries: readonly Summary[], job: CopyJob): Summary | undefined {
  return summaries.find((s) => tripleOf(s) === tripleOf(job) && covers(s, job.CreationDate));
}

/** How many of the run's jobs share `job`'s state, type and category and the window of `summary`. */
const runJobsIn = (jobs: readonly CopyJob[], summary: Summary) =>
  jobs.filter((j) => tripleOf(j) === tripleOf(summary) && covers(summary, j.CreationDate)).length;

/**
 * Waits until FOURTEEN_DAYS summaries count every copy job of the variety (how soon a job is counted is undocumented,
 * so the check waits for it rather than assume it), and returns them with the jobs.
 */
async function countedVariety(t: BackupContext): Promise<{ jobs: CopyJob[]; summaries: Summary[] }> {
  const jobs = jobsOf(await copyVariety(t, t.copies));
  const summaries = await t.waitFor(
    "ListCopyJobSummaries (FOURTEEN_DAYS) counting the run's copy jobs",
    () => everySummary(t, { AggregationPeriod: "FOURTEEN_DAYS" }),
    (list) =>
      jobs.every((j) => {
        const summary = summaryOf(list, j);
        return summary !== undefined && (summary.Count ?? 0) >= runJobsIn(jobs, summary);
      }),
    { advanceSeconds: 60 },
  );
  return { jobs, summaries };
}

export const copyJobSummaryChecks: readonly Check[] = [
  {
    id: "BKP-SUM-COUNT-001",
    level: "required",
    title: "ListCopyJobSummaries counts the run's copy jobs by state, resource type and message category",
    asserts:
      "With AggregationPeriod FOURTEEN_DAYS, each of the run's copy jobs (a COMPLETED EFS, a COMPLETED EBS and a FAILED EFS copy) is counted in a summary of its State, ResourceType and MessageCategory whose StartTime–EndTime holds its CreationDate, with a Count of at least the run's jobs it covers; and filtering by State COMPLETED and ResourceType EBS gives only summaries of that state and type, with the same counts.",
    citations: [B.summariesByState, B.summariesContent],
    needs: ["billable", "second-region", "backup-resource", "backup-invented-resources"],
    async run(t) {
      const { jobs, summaries } = await countedVariety(t);
      for (const job of jobs) {
        const summary = summaryOf(summaries, job);
        expectTrue(`a summary counts ${tripleOf(job)} at ${job.CreationDate}`, summary !== undefined, summaries);
        expectTrue(
          `the summary of ${tripleOf(job)} counts the run's ${runJobsIn(jobs, summary ?? {})} job(s) (Count ${summary?.Count})`,
          (summary?.Count ?? 0) >= runJobsIn(jobs, summary ?? {}),
        );
      }
      const filtered = await everySummary(t, {
        AggregationPeriod: "FOURTEEN_DAYS",
        State: "COMPLETED",
        ResourceType: "EBS",
      });
      const others = filtered.filter((s) => s.State !== "COMPLETED" || s.ResourceType !== "EBS").map(tripleOf);
      expectEqual("summaries of another state or type under State COMPLETED, ResourceType EBS", others.join(", "), "");
      const unfiltered = summaries.filter((s) => s.State === "COMPLETED" && s.ResourceType === "EBS");
      const count = (list: readonly Summary[]) => list.reduce((n, s) => n + (s.Count ?? 0), 0);
      expectEqual("the COMPLETED EBS jobs counted with the filters and without", count(filtered), count(unfiltered));
    },
  },
  {
    id: "BKP-SUM-COUNT-002",
    level: "advisory",
    title: "ListCopyJobSummaries counts the jobs ListCopyJobs lists for the same window",
    asserts:
      "For each FOURTEEN_DAYS summary that counts a copy job of the run, Count equals the number of copy jobs ListCopyJobs lists with the summary's State, ResourceType and MessageCategory, created from its StartTime to its EndTime.",
    undocumented:
      "the model says summaries cover copy jobs 'created or running within the most recent 30 days', not that a job is counted in the window of its creation date, nor how soon",
    citations: [B.summariesContent, B.summariesByState],
    needs: ["billable", "second-region", "backup-resource", "backup-invented-resources"],
    async run(t) {
      const { jobs, summaries } = await countedVariety(t);
      for (const job of jobs) {
        const summary = summaryOf(summaries, job);
        if (!summary) {
          continue;
        }
        const listed = await everyJob(t, {
          ...(summary.State ? { ByState: summary.State as CopyJob["State"] } : {}),
          ...(summary.ResourceType ? { ByResourceType: summary.ResourceType } : {}),
          ...(summary.MessageCategory ? { ByMessageCategory: summary.MessageCategory } : {}),
          ByCreatedAfter: new Date((summary.StartTime ?? 0) * 1000 - 1),
          ByCreatedBefore: new Date((summary.EndTime ?? 0) * 1000 + 1),
        });
        expectEqual(
          `the Count of ${tripleOf(summary)} and the jobs listed for its window`,
          summary.Count,
          listed.length,
        );
      }
    },
  },
  {
    id: "BKP-SUM-AGGREGATE-001",
    level: "required",
    title: "ListCopyJobSummaries State AGGREGATE_ALL sums the counts of every state",
    asserts:
      "With AggregationPeriod FOURTEEN_DAYS and ResourceType EFS, State AGGREGATE_ALL gives one summary per message category, whose Count is the sum of the Counts of every state of that category without it (the run made a COMPLETED and a FAILED EFS copy).",
    citations: [B.summariesAggregateAll],
    needs: ["billable", "second-region", "backup-resource", "backup-invented-resources"],
    async run(t) {
      await countedVariety(t);
      const apart = await everySummary(t, { AggregationPeriod: "FOURTEEN_DAYS", ResourceType: "EFS" });
      const summed = await everySummary(t, {
        AggregationPeriod: "FOURTEEN_DAYS",
        ResourceType: "EFS",
        State: "AGGREGATE_ALL",
      });
      const byCategory = (list: readonly Summary[]) => {
        const out = new Map<string, number>();
        for (const s of list) {
          out.set(s.MessageCategory ?? "", (out.get(s.MessageCategory ?? "") ?? 0) + (s.Count ?? 0));
        }
        return out;
      };
      expectTrue(
        "the run's EFS copies are counted in more than one state",
        new Set(apart.map((s) => s.State)).size > 1,
      );
      const categories = summed.map((s) => s.MessageCategory ?? "");
      expectEqual("summaries per message category with AGGREGATE_ALL", categories.length, new Set(categories).size);
      expectEqual(
        "the AGGREGATE_ALL counts per message category",
        JSON.stringify([...byCategory(summed)].sort()),
        JSON.stringify([...byCategory(apart)].sort()),
      );
    },
  },
  {
    id: "BKP-SUM-DAILY-001",
    level: "required",
    title: "ListCopyJobSummaries ONE_DAY gives daily counts that add up to the FOURTEEN_DAYS count",
    asserts:
      "With AggregationPeriod ONE_DAY every summary spans at most one day, and for each of the run's copy jobs the daily Counts of its State, ResourceType and MessageCategory add up to its FOURTEEN_DAYS Count.",
    citations: [B.summariesOneDay],
    needs: ["billable", "second-region", "backup-resource", "backup-invented-resources"],
    async run(t) {
      const { jobs, summaries } = await countedVariety(t);
      const daily = await everySummary(t, { AggregationPeriod: "ONE_DAY" });
      const long = daily.filter((s) => (s.EndTime ?? 0) - (s.StartTime ?? 0) > 86_400).map(tripleOf);
      expectEqual("ONE_DAY summaries longer than a day", long.join(", "), "");
      for (const triple of new Set(jobs.map(tripleOf))) {
        const sum = (list: readonly Summary[]) =>
          list.filter((s) => tripleOf(s) === triple).reduce((n, s) => n + (s.Count ?? 0), 0);
        expectEqual(`the daily counts of ${triple} summed, and its FOURTEEN_DAYS count`, sum(daily), sum(summaries));
      }
    },
  },
];
