import type { CopyJob } from "@cloudhsm-kit/client/backup";
import { expectDefined, expectEqual, expectTrue } from "../../../harness/assert.js";
import { B } from "../citations.js";
import type { BackupContext, Check } from "../context.js";
import { type CopyVariety, copyVariety, failedJob } from "../fixtures/copy-variety.js";
import { between, expectFilter, type FilteredListing, seconds } from "../fixtures/filter-assert.js";
import { everyJob, type ListCopyJobsInput } from "../fixtures/job-lists.js";
import { rawBackup } from "../fixtures/raw.js";

type ListInput = ListCopyJobsInput;

const idOf = (job: CopyJob) => expectDefined("CopyJobId", job.CopyJobId);

/** ListCopyJobs in the primary Region, as a filtered listing of copy jobs by id. */
const copyJobs = (t: BackupContext): FilteredListing<CopyJob, ListInput> => ({
  list: (filter) => everyJob(t, filter ?? {}),
  key: idOf,
  what: "copy jobs",
});

/** A filter check on the run's CopyVariety: `pick` gives the filter, the predicate, a matching and another job. */
function filterCheck(
  check: Pick<Check, "id" | "level" | "title" | "asserts" | "citations"> & { undocumented?: string },
  pick: (v: CopyVariety) => {
    filter: ListInput;
    matches: (job: CopyJob) => boolean;
    matching: CopyJob;
    other: CopyJob;
  },
): Check {
  return {
    ...check,
    needs: ["billable", "second-region", "backup-resource", "backup-invented-resources"],
    async run(t) {
      const { filter, matches, matching, other } = pick(await copyVariety(t, t.copies));
      await expectFilter(copyJobs(t), filter, matches, idOf(matching), idOf(other));
    },
  };
}

export const listFilterChecks: readonly Check[] = [
  filterCheck(
    {
      id: "BKP-FILTER-RESOURCE-001",
      level: "required",
      title: "ListCopyJobs ByResourceArn lists only the copies of that resource",
      asserts:
        "Of two copy jobs of the run for different resources (an EFS file system, an EBS volume), ListCopyJobs ByResourceArn of the first lists it, not the second, and only jobs whose ResourceArn is that ARN.",
      citations: [B.byResourceArn],
    },
    (v) => ({
      filter: { ByResourceArn: v.efsPoint.resourceArn },
      matches: (j) => j.ResourceArn === v.efsPoint.resourceArn,
      matching: v.efs,
      other: v.ebs,
    }),
  ),
  filterCheck(
    {
      id: "BKP-FILTER-TYPE-001",
      level: "advisory",
      title: "ListCopyJobs ByResourceType lists only the copies of that resource type",
      asserts:
        "Of an EFS and an EBS copy job of the run, ListCopyJobs ByResourceType EBS lists the EBS job, not the EFS one, and only jobs whose ResourceType is EBS.",
      undocumented:
        "the model documents ListCopyJobs' ByResourceType (query resourceType) as 'Returns only backup jobs for the specified resources'; that it matches a copy job's ResourceType is read from its name",
      citations: [B.byResourceType],
    },
    (v) => ({
      filter: { ByResourceType: "EBS" },
      matches: (j) => j.ResourceType === "EBS",
      matching: v.ebs,
      other: v.efs,
    }),
  ),
  filterCheck(
    {
      id: "BKP-FILTER-SOURCE-001",
      level: "required",
      title: "ListCopyJobs BySourceRecoveryPointArn lists only the copies of that recovery point",
      asserts:
        "Of copy jobs of two recovery points of the run, ListCopyJobs BySourceRecoveryPointArn of the EBS point lists its job, not the EFS point's, and only jobs whose SourceRecoveryPointArn is that ARN.",
      citations: [B.bySourceRecoveryPoint],
    },
    (v) => ({
      filter: { BySourceRecoveryPointArn: v.ebsPoint.arn },
      matches: (j) => j.SourceRecoveryPointArn === v.ebsPoint.arn,
      matching: v.ebs,
      other: v.efs,
    }),
  ),
  filterCheck(
    {
      id: "BKP-FILTER-CREATED-001",
      level: "required",
      title: "ListCopyJobs ByCreatedBefore lists only the jobs created before that date",
      asserts:
        "Of two copy jobs of the run created one after the other, ListCopyJobs ByCreatedBefore a date between their CreationDates lists the earlier, not the later, and only jobs created before that date.",
      citations: [B.byCreatedBefore],
    },
    (v) => {
      const date = between(v.efs.CreationDate, v.ebs.CreationDate, "CreationDate");
      return {
        filter: { ByCreatedBefore: date },
        matches: (j) => (j.CreationDate ?? Number.POSITIVE_INFINITY) < seconds(date),
        matching: v.efs,
        other: v.ebs,
      };
    },
  ),
  filterCheck(
    {
      id: "BKP-FILTER-COMPLETE-001",
      level: "required",
      title: "ListCopyJobs ByCompleteBefore lists only the jobs completed before that date",
      asserts:
        "Of two copy jobs of the run completed one after the other, ListCopyJobs ByCompleteBefore a date between their CompletionDates lists the earlier, not the later, and only jobs completed before that date.",
      citations: [B.byCompleteBefore],
    },
    (v) => {
      const date = between(v.efs.CompletionDate, v.ebs.CompletionDate, "CompletionDate");
      return {
        filter: { ByCompleteBefore: date },
        matches: (j) => j.CompletionDate !== undefined && j.CompletionDate < seconds(date),
        matching: v.efs,
        other: v.ebs,
      };
    },
  ),
  filterCheck(
    {
      id: "BKP-FILTER-COMPLETE-002",
      level: "required",
      title: "ListCopyJobs ByCompleteAfter lists only the jobs completed after that date",
      asserts:
        "Of two copy jobs of the run completed one after the other, ListCopyJobs ByCompleteAfter a date between their CompletionDates lists the later, not the earlier, and only jobs completed after that date.",
      citations: [B.byCompleteAfter],
    },
    (v) => {
      const date = between(v.efs.CompletionDate, v.ebs.CompletionDate, "CompletionDate");
      return {
        filter: { ByCompleteAfter: date },
        matches: (j) => j.CompletionDate !== undefined && j.CompletionDate > seconds(date),
        matching: v.ebs,
        other: v.efs,
      };
    },
  ),
  filterCheck(
    {
      id: "BKP-FILTER-CATEGORY-001",
      level: "advisory",
      title: "ListCopyJobs ByMessageCategory lists only the jobs of that message category",
      asserts:
        "Of a completed and a failed copy job of the run (different MessageCategory), ListCopyJobs ByMessageCategory of the completed job's category lists it, not the failed one, and only jobs of that category.",
      undocumented:
        "the model says the filter is used 'to filter out jobs with a MessageCategory which matches the value you input', which also reads as leaving them out; that it keeps them is read from the other filters and the name",
      citations: [B.byMessageCategory],
    },
    (v) => {
      const failed = failedJob(v);
      const category = expectDefined("the completed job's MessageCategory", v.efs.MessageCategory);
      return {
        filter: { ByMessageCategory: category },
        matches: (j) => j.MessageCategory === category,
        matching: v.efs,
        other: failed,
      };
    },
  ),
  {
    id: "BKP-FILTER-ACCOUNT-001",
    level: "required",
    title: "ListCopyJobs ByAccountId lists the jobs of that account and none of another",
    asserts:
      "ListCopyJobs ByAccountId with the run's account lists a copy job of the run, and every job it lists has that AccountId; ByAccountId with another well-formed account id lists none of the run's jobs.",
    citations: [B.byAccountId],
    needs: ["billable", "second-region", "backup-resource", "backup-invented-resources"],
    async run(t) {
      const { efs } = await copyVariety(t, t.copies);
      const account = expectDefined("the job's AccountId", efs.AccountId);
      const own = await everyJob(t, { ByAccountId: account });
      expectTrue(`ByAccountId ${account} lists ${idOf(efs)}`, own.map(idOf).includes(idOf(efs)));
      const strays = own.filter((j) => j.AccountId !== account).map(idOf);
      expectEqual(`jobs listed by ByAccountId ${account} of another account`, strays.join(", "), "");
      const other = account === "000000000000" ? "111111111111" : "000000000000";
      const foreign = await everyJob(t, { ByAccountId: other });
      expectTrue(
        `ByAccountId ${other} does not list the run's job ${idOf(efs)}`,
        !foreign.map(idOf).includes(idOf(efs)),
      );
    },
  },
  {
    id: "BKP-FILTER-PARENT-001",
    level: "required",
    title: "ListCopyJobs ByParentJobId lists only the child jobs of that parent",
    asserts:
      "ListCopyJobs ByParentJobId set to a copy job of the run (a single-resource job, parent of none) lists none of the run's jobs, and every job it lists names that parent in ParentJobId.",
    citations: [B.byParentJobId],
    needs: ["billable", "second-region", "backup-resource", "backup-invented-resources"],
    async run(t) {
      const { efs, ebs } = await copyVariety(t, t.copies);
      const parent = idOf(efs);
      const listed = await everyJob(t, { ByParentJobId: parent });
      const wrong = listed.filter((j) => j.ParentJobId !== parent).map(idOf);
      expectEqual(`jobs listed by ByParentJobId ${parent} without that parent`, wrong.join(", "), "");
      expectTrue(
        `ByParentJobId ${parent} lists neither job of the run`,
        !listed.some((j) => [parent, idOf(ebs)].includes(idOf(j))),
      );
    },
  },
  {
    id: "BKP-FILTER-TOKEN-001",
    level: "advisory",
    title: "ListCopyJobs refuses a NextToken it did not issue",
    asserts:
      "ListCopyJobs with a made-up nextToken, and with a NextToken it issued with one character changed, is answered HTTP 400 with X-Amzn-ErrorType InvalidParameterValueException (the one client error the model gives ListCopyJobs), never a page.",
    undocumented: "the model documents what a NextToken is for, not how a token the service did not issue is answered",
    citations: [B.nextToken, B.invalidParameter400],
    needs: ["billable", "second-region", "backup-resource", "backup-invented-resources"],
    async run(t) {
      const { efs } = await copyVariety(t, t.copies);
      const first = await t.backup().listCopyJobs({ MaxResults: 1 });
      const issued = expectDefined(`the first page's NextToken (a job ${idOf(efs)} and more exist)`, first.NextToken);
      // One character a third of the way in, where a token carries its position rather than a checksum.
      const at = Math.floor(issued.length / 3);
      const tampered = `${issued.slice(0, at)}${issued[at] === "A" ? "B" : "A"}${issued.slice(at + 1)}`;
      for (const [what, token] of [
        ["a made-up token", "conformance-made-up-token"],
        ["the issued token with one character changed", tampered],
      ]) {
        const reply = await rawBackup(t, {
          method: "GET",
          path: `/copy-jobs/?maxResults=1&nextToken=${encodeURIComponent(token ?? "")}`,
        });
        const header = reply.headers.get("x-amzn-errortype");
        expectEqual(
          `the reply to ${what} (${reply.text.slice(0, 120)})`,
          `${reply.status} ${header === null ? "(no X-Amzn-ErrorType)" : reply.errorName}`,
          "400 InvalidParameterValueException",
        );
      }
    },
  },
];
