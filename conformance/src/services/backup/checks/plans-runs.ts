import { type CopyJob, paginateListBackupJobs, paginateListCopyJobs } from "@cloudhsm-kit/client/backup";
import { expectDefined, expectEqual, expectTrue } from "../../../harness/assert.js";
import { CheckFailed } from "../../../harness/failure.js";
import { B } from "../citations.js";
import type { BackupContext, Check } from "../context.js";
import { FINAL_COPY_STATES, inventedResourceArn } from "../fixtures/copies.js";
import { farFromNow, PlanFixtures, ruleInput } from "../fixtures/plans.js";

const RULE = "conformance-scheduled";
/** The copy actions' own lifecycle, so that a copy shows whether it took the action's (the source has none). */
const COPY_LIFECYCLE = { DeleteAfterDays: 200 };
const FINAL_BACKUP_STATES = ["COMPLETED", "FAILED", "ABORTED", "EXPIRED", "PARTIAL"];
/** Seconds of emulated time to advance between polls: more than a job's start delay, less than its run. */
const STEP_SECONDS = 20;
const NEEDS = ["control", "second-region", "billable"] as const;

/**
 * A plan in the primary Region whose one rule backs up into a vault there and copies to `copies` new vaults of the
 * second Region; a selection assigning one resource; the rule run now through the control protocol, as when its
 * schedule is due. Returns what a check reads, once the backup job the run started is complete.
 */
async function runScheduled(t: BackupContext, copies: number) {
  const plans = new PlanFixtures(t);
  const source = await t.vaults.create(t.regions.primary, "plan");
  const destinations = [];
  for (let i = 0; i < copies; i++) {
    destinations.push(await t.vaults.create(t.destinationRegion, `dst${i}`));
  }
  const actions = destinations.map((v) => ({ DestinationBackupVaultArn: v.arn, Lifecycle: COPY_LIFECYCLE }));
  const plan = await plans.create(t.regions.primary, "run", [
    {
      ...ruleInput(RULE, source, actions.length > 0 ? actions : undefined),
      ScheduleExpression: farFromNow(await t.control.now()),
    },
  ]);
  const resource = inventedResourceArn("resource", t.regions.primary, source.account);
  await plans.select(plan, [resource], source.account);
  await t.control.runBackupPlan(plan.id, { AccountId: source.account, Region: t.regions.primary });
  const client = t.backup(t.regions.primary);
  const started = await t.waitFor(
    `a backup job of ${resource} started by the plan`,
    () => jobsOf(t, resource),
    (jobs) => jobs.length > 0,
    { advanceSeconds: STEP_SECONDS },
  );
  const id = expectDefined("the backup job's BackupJobId", started[0]?.BackupJobId);
  const job = await t.waitFor(
    `backup job ${id} reaching a final state`,
    () => client.describeBackupJob({ BackupJobId: id }),
    (j) => FINAL_BACKUP_STATES.includes(j.State ?? ""),
    { advanceSeconds: STEP_SECONDS },
  );
  if (job.State !== "COMPLETED") {
    throw new CheckFailed(`backup job ${id} ended ${job.State}: ${job.StatusMessage ?? "no StatusMessage"}`);
  }
  return { plans, plan, source, destinations, resource, job, jobs: started };
}

/** ListBackupJobs of `resource` in the primary Region, every page. */
async function jobsOf(t: BackupContext, resource: string) {
  const jobs = [];
  for await (const page of paginateListBackupJobs(t.backup(t.regions.primary), { ByResourceArn: resource })) {
    jobs.push(...(page.BackupJobs ?? []));
  }
  return jobs;
}

/** ListCopyJobs of `resource` in the primary Region (where the rule ran), every page. */
async function copiesOf(t: BackupContext, resource: string): Promise<CopyJob[]> {
  const jobs: CopyJob[] = [];
  for await (const page of paginateListCopyJobs(t.backup(t.regions.primary), { ByResourceArn: resource })) {
    jobs.push(...(page.CopyJobs ?? []));
  }
  return jobs;
}

/**
 * Waits for `count` copy jobs of `resource` and for each to reach a final state; then lists them once more, and
 * fails unless there are exactly `count`.
 */
async function finishedCopies(t: BackupContext, resource: string, count: number): Promise<CopyJob[]> {
  await t.waitFor(
    `${count} copy job(s) of ${resource} in a final state`,
    () => copiesOf(t, resource),
    (jobs) => jobs.length >= count && jobs.every((j) => FINAL_COPY_STATES.includes(j.State ?? "")),
    { advanceSeconds: STEP_SECONDS },
  );
  const copies = await copiesOf(t, resource);
  const ids = copies.map((c) => c.CopyJobId).join(", ");
  expectEqual(`the number of copy jobs of ${resource} (${ids})`, copies.length, count);
  return copies;
}

export const planRunChecks: readonly Check[] = [
  {
    id: "BKP-PLAN-RUN-001",
    level: "required",
    title: "A due plan rule starts a backup job of each selected resource into the rule's vault",
    asserts:
      "Run now, a rule whose plan has one selection naming one resource starts exactly one backup job of that resource (ListBackupJobs ByResourceArn), into the rule's TargetBackupVaultName, whose CreatedBy names the plan's BackupPlanId, BackupPlanArn, VersionId and the rule's RuleId.",
    citations: [B.ruleScheduledTask, B.selectionResources, B.backupJobCreatedBy],
    needs: NEEDS,
    async run(t) {
      const { plans, plan, source, resource, job } = await runScheduled(t, 0);
      const jobs = await jobsOf(t, resource);
      expectEqual(`the backup jobs of ${resource}`, jobs.length, 1);
      expectEqual("the job's BackupVaultName", job.BackupVaultName, source.name);
      const { rule } = await plans.rule(plan, RULE);
      expectEqual("CreatedBy.BackupPlanId", job.CreatedBy?.BackupPlanId, plan.id);
      expectEqual("CreatedBy.BackupPlanArn", job.CreatedBy?.BackupPlanArn, plan.arn);
      expectEqual("CreatedBy.BackupPlanVersion", job.CreatedBy?.BackupPlanVersion, plan.versionId);
      expectEqual("CreatedBy.BackupRuleId", job.CreatedBy?.BackupRuleId, rule.RuleId);
    },
  },
  {
    id: "BKP-PLAN-RUN-COPY-001",
    level: "required",
    title: "A plan rule's completed backup starts one copy job for its copy action",
    asserts:
      "Once the backup job a rule with one copy action started is COMPLETED, ListCopyJobs ByResourceArn lists exactly one copy job of the resource: CreatedByBackupJobId is that backup job, SourceRecoveryPointArn its recovery point and DestinationBackupVaultArn the copy action's.",
    citations: [B.copyByPlan, B.copyCreatedByBackupJob, B.copyActions],
    needs: NEEDS,
    async run(t) {
      const { destinations, resource, job } = await runScheduled(t, 1);
      const [copy] = (await finishedCopies(t, resource, 1)) as [CopyJob];
      expectEqual("the copy job's CreatedByBackupJobId", copy.CreatedByBackupJobId, job.BackupJobId);
      expectEqual("the copy job's SourceRecoveryPointArn", copy.SourceRecoveryPointArn, job.RecoveryPointArn);
      expectEqual("the copy job's DestinationBackupVaultArn", copy.DestinationBackupVaultArn, destinations[0]?.arn);
    },
  },
  {
    id: "BKP-PLAN-RUN-DEST-001",
    level: "required",
    title: "A plan rule's copy lands in the copy action's vault, in that vault's Region, with the action's lifecycle",
    asserts:
      "The copy job a rule's copy action started ends COMPLETED; DescribeRecoveryPoint in the destination vault's Region finds its DestinationRecoveryPointArn in that vault (an AWS Backup recovery-point ARN naming that Region), with the copy action's Lifecycle (DeleteAfterDays 200).",
    citations: [B.copyByPlan, B.copyActionDestination, B.destinationRecoveryPoint, B.copyOverridesRetention],
    needs: NEEDS,
    async run(t) {
      const { destinations, resource } = await runScheduled(t, 1);
      const [copy] = await finishedCopies(t, resource, 1);
      const destination = expectDefined("the copy action's vault", destinations[0]);
      const { job } = await t.copies.finish(expectDefined("a copy job", copy?.CopyJobId), t.regions.primary);
      expectEqual("the copy job's state", job.State, "COMPLETED");
      const { arn, point } = await t.copies.landed(job, destination);
      expectEqual("the copy's BackupVaultArn", point.BackupVaultArn, destination.arn);
      const [, , service, region] = arn.split(":");
      if (service === "backup") {
        expectEqual("the Region of the copy's ARN", region, destination.region);
      }
      expectEqual("the copy's Lifecycle.DeleteAfterDays", point.Lifecycle?.DeleteAfterDays, 200);
    },
  },
  {
    id: "BKP-PLAN-RUN-COPY-002",
    level: "required",
    title: "A plan rule with two copy actions starts a copy job to each destination",
    asserts:
      "Once the backup job a rule with two copy actions (two vaults of the second Region) started is COMPLETED, ListCopyJobs ByResourceArn lists exactly two copy jobs, both CreatedByBackupJobId that backup job, one to each copy action's DestinationBackupVaultArn.",
    citations: [B.copyActions, B.copyByPlan, B.copyCreatedByBackupJob],
    needs: NEEDS,
    async run(t) {
      const { destinations, resource, job } = await runScheduled(t, 2);
      const copies = await finishedCopies(t, resource, 2);
      const to = copies.map((c) => c.DestinationBackupVaultArn ?? "").sort();
      expectEqual(
        "the copy jobs' destinations",
        to.join(", "),
        destinations
          .map((d) => d.arn)
          .sort()
          .join(", "),
      );
      for (const copy of copies) {
        expectEqual(`CreatedByBackupJobId of ${copy.CopyJobId}`, copy.CreatedByBackupJobId, job.BackupJobId);
      }
    },
  },
  {
    id: "BKP-PLAN-RUN-NOCOPY-001",
    level: "advisory",
    title: "A plan rule without copy actions starts no copy job",
    asserts:
      "Once the backup job a rule without CopyActions started is COMPLETED, and ten more minutes have passed on the emulated clock, ListCopyJobs ByResourceArn lists no copy job of the resource.",
    citations: [B.copyActions, B.copyCreatedByBackupJob],
    undocumented:
      "the model gives copy jobs only to copy actions; that a rule without any starts none is read from that, not a sentence of the documents (aws-backup-copy.md B11: INFER)",
    needs: NEEDS,
    async run(t) {
      const { resource } = await runScheduled(t, 0);
      await t.control.advance(600);
      const copies = await copiesOf(t, resource);
      expectTrue(
        `no copy job of ${resource} (listed: ${copies.map((c) => c.CopyJobId).join(", ")})`,
        copies.length === 0,
      );
    },
  },
];
