import type { GroupId, Level } from "../../../src/index.js";
import { defineFault, type Json, type RequestView } from "../fault.js";
import { isBackup, pathOf } from "./aws-backup.js";

/**
 * Faults against ListCopyJobs' filters and NextToken and against ListCopyJobSummaries' counts (model
 * ListCopyJobsInput / ListCopyJobSummariesInput; aws-backup-copy.md §3 notes). A filter "ignored" answers with every
 * job the proxy has seen listed without filters; a filter that "drops matches" answers with none of its jobs.
 */
const isListCopyJobs = (r: RequestView) => isBackup(r) && r.method === "GET" && /^\/copy-jobs\/?$/.test(pathOf(r));
const isSummaries = (r: RequestView) =>
  isBackup(r) && r.method === "GET" && /^\/audit\/copy-job-summaries\/?$/.test(pathOf(r));
const queryOf = (r: RequestView) => new URLSearchParams(r.path.split("?")[1] ?? "");
/** Query parameters that page a listing rather than filter it. */
const PAGING = new Set(["maxResults", "nextToken"]);
const unfiltered = (r: RequestView) => [...queryOf(r).keys()].every((k) => PAGING.has(k));

const FILTERS: readonly GroupId[] = ["backup-list-filters"];
const SUMMARIES: readonly GroupId[] = ["backup-copy-job-summaries"];

/** A listing of AWS Backup as the proxy sees it: its requests, the list in its replies and an item's identity. */
interface Listing {
  operation: string;
  is(r: RequestView): boolean;
  field: string;
  key: string;
}

const COPY_JOBS: Listing = { operation: "ListCopyJobs", is: isListCopyJobs, field: "CopyJobs", key: "CopyJobId" };
const POINTS: Listing = {
  operation: "ListRecoveryPointsByBackupVault",
  is: (r) => isBackup(r) && r.method === "GET" && /^\/backup-vaults\/[^/]+\/recovery-points\/?$/.test(pathOf(r)),
  field: "RecoveryPoints",
  key: "RecoveryPointArn",
};
const BACKUP_JOBS: Listing = {
  operation: "ListBackupJobs",
  is: (r) => isBackup(r) && r.method === "GET" && /^\/backup-jobs\/?$/.test(pathOf(r)),
  field: "BackupJobs",
  key: "BackupJobId",
};

/** A listing answers a request with the `query` filter as if it had none: every item seen listed so far. */
function filterIgnored(name: string, query: string, member: string, level: Level, listing: Listing = COPY_JOBS) {
  return defineFault({
    name,
    level,
    breaks: `${listing.operation} ${member} lists only the items that match it.`,
    source: `model ${listing.operation}Input.${member} (query ${query}); aws-backup-copy.md §3 notes`,
    groups: FILTERS,
    operations: "any",
    create: () => {
      const seen = new Map<string, Json>();
      return {
        response: (reply, request) => {
          const items = (reply.output?.[listing.field] as Json[] | undefined) ?? [];
          if (!listing.is(request) || reply.status !== 200) {
            return undefined;
          }
          if (unfiltered(request)) {
            for (const item of items) {
              seen.set(String(item[listing.key]), item);
            }
            return undefined;
          }
          const extra = [...seen.values()].filter((i) => !items.some((k) => k[listing.key] === i[listing.key]));
          return queryOf(request).has(query) && extra.length > 0
            ? { output: { ...reply.output, [listing.field]: [...items, ...extra] } }
            : undefined;
        },
      };
    },
  });
}

/** A listing answers a request with the `query` filter with none of the items that match it. */
function filterDropsMatches(name: string, query: string, member: string, listing: Listing = COPY_JOBS) {
  return defineFault({
    name,
    level: "required",
    breaks: `${listing.operation} ${member} lists every item that matches it.`,
    source: `model ${listing.operation}Input.${member} (query ${query}); aws-backup-copy.md §3 notes`,
    groups: FILTERS,
    operations: "any",
    create: () => ({
      response: (reply, request) => {
        const items = reply.output?.[listing.field] as Json[] | undefined;
        return listing.is(request) && queryOf(request).has(query) && items?.length
          ? { output: { ...reply.output, [listing.field]: [] } }
          : undefined;
      },
    }),
  });
}

export const backupResourceArnIgnored = filterIgnored(
  "backup-list-resource-arn-ignored",
  "resourceArn",
  "ByResourceArn",
  "required",
);
export const backupResourceTypeIgnored = filterIgnored(
  "backup-list-resource-type-ignored",
  "resourceType",
  "ByResourceType",
  "advisory",
);
export const backupSourcePointDropsMatches = filterDropsMatches(
  "backup-list-source-point-drops-matches",
  "sourceRecoveryPointArn",
  "BySourceRecoveryPointArn",
);
export const backupCreatedBeforeIgnored = filterIgnored(
  "backup-list-created-before-ignored",
  "createdBefore",
  "ByCreatedBefore",
  "required",
);
export const backupCompleteBeforeIgnored = filterIgnored(
  "backup-list-complete-before-ignored",
  "completeBefore",
  "ByCompleteBefore",
  "required",
);
export const backupCompleteAfterDropsMatches = filterDropsMatches(
  "backup-list-complete-after-drops-matches",
  "completeAfter",
  "ByCompleteAfter",
);
export const backupAccountIgnored = filterIgnored(
  "backup-list-account-ignored",
  "accountId",
  "ByAccountId",
  "required",
);
export const backupParentIgnored = filterIgnored(
  "backup-list-parent-job-ignored",
  "parentJobId",
  "ByParentJobId",
  "required",
);
export const backupMessageCategoryIgnored = filterIgnored(
  "backup-list-message-category-ignored",
  "messageCategory",
  "ByMessageCategory",
  "advisory",
);

export const backupForgedTokenAccepted = defineFault({
  name: "backup-list-forged-token-accepted",
  level: "advisory",
  breaks: "ListCopyJobs refuses a NextToken it did not issue (400 InvalidParameterValueException).",
  source: "model ListCopyJobsInput.NextToken (undocumented how a foreign token is answered)",
  groups: FILTERS,
  operations: "any",
  create: () => ({
    response: (reply, request) =>
      isListCopyJobs(request) && queryOf(request).has("nextToken") && reply.status === 400
        ? {
            status: 200,
            body: JSON.stringify({ CopyJobs: [] }),
            headers: { "x-amzn-errortype": null, "content-type": "application/json" },
          }
        : undefined,
  }),
});

export const backupPointsTypeIgnored = filterIgnored(
  "backup-points-resource-type-ignored",
  "resourceType",
  "ByResourceType",
  "required",
  POINTS,
);
export const backupPointsCreatedAfterIgnored = filterIgnored(
  "backup-points-created-after-ignored",
  "createdAfter",
  "ByCreatedAfter",
  "required",
  POINTS,
);
export const backupJobsResourceArnDropsMatches = filterDropsMatches(
  "backup-jobs-resource-arn-drops-matches",
  "resourceArn",
  "ByResourceArn",
  BACKUP_JOBS,
);

/** A fault that rewrites every summary of a ListCopyJobSummaries reply for which `when` holds. */
function summaryFault(name: string, breaks: string, when: (r: RequestView) => boolean, change: (s: Json) => Json) {
  return defineFault({
    name,
    level: "required",
    breaks,
    source: "model ListCopyJobSummariesInput (State, AggregationPeriod) and CopyJobSummary.Count",
    groups: SUMMARIES,
    operations: "any",
    create: () => ({
      response: (reply, request) => {
        const summaries = reply.output?.CopyJobSummaries as Json[] | undefined;
        return isSummaries(request) && when(request) && summaries?.length
          ? { output: { ...reply.output, CopyJobSummaries: summaries.map(change) } }
          : undefined;
      },
    }),
  });
}

export const backupSummariesUndercount = summaryFault(
  "backup-summaries-undercount",
  "A copy-job summary's Count counts every job of its state, resource type and message category.",
  () => true,
  (s) => ({ ...s, Count: Math.max(0, Number(s.Count ?? 0) - 1) }),
);

export const backupSummariesAggregateMissesOne = summaryFault(
  "backup-summaries-aggregate-all-misses-a-job",
  "State AGGREGATE_ALL aggregates job counts for all states and returns the sum.",
  (r) => queryOf(r).get("State") === "AGGREGATE_ALL",
  (s) => ({ ...s, Count: Math.max(0, Number(s.Count ?? 0) - 1) }),
);

export const backupSummariesOneDaySpansFourteen = summaryFault(
  "backup-summaries-one-day-spans-fourteen-days",
  "AggregationPeriod ONE_DAY gives the daily job count for the prior 14 days.",
  (r) => (queryOf(r).get("AggregationPeriod") ?? "ONE_DAY") === "ONE_DAY",
  (s) => ({ ...s, StartTime: Number(s.EndTime ?? 0) - 14 * 86_400 }),
);
