import {
  type BackupClient,
  paginateListBackupJobs,
  paginateListRecoveryPointsByBackupVault,
} from "@cloudhsm-kit/client/backup";
import { B } from "../citations.js";
import type { BackupContext, Check } from "../context.js";
import { type CopyVariety, copyVariety } from "../fixtures/copy-variety.js";
import { between, expectFilter, type FilteredListing, seconds } from "../fixtures/filter-assert.js";

type PointsInput = Parameters<BackupClient["listRecoveryPointsByBackupVault"]>[0];
type Point = NonNullable<
  Awaited<ReturnType<BackupClient["listRecoveryPointsByBackupVault"]>>["RecoveryPoints"]
>[number];
type JobsInput = NonNullable<Parameters<BackupClient["listBackupJobs"]>[0]>;
type BackupJob = NonNullable<Awaited<ReturnType<BackupClient["listBackupJobs"]>>["BackupJobs"]>[number];

/** The recovery points of the variety's source vault, by ARN: where a copy's source is looked up. */
const points = (t: BackupContext, v: CopyVariety): FilteredListing<Point, Omit<PointsInput, "BackupVaultName">> => ({
  async list(filter) {
    const out: Point[] = [];
    const input = { ...filter, BackupVaultName: v.efsPoint.vault.name };
    for await (const page of paginateListRecoveryPointsByBackupVault(t.backup(), input)) {
      out.push(...(page.RecoveryPoints ?? []));
    }
    return out;
  },
  key: (p) => p.RecoveryPointArn ?? "",
  what: "recovery points",
});

/** The backup jobs of the primary Region, by the recovery point each made (unique to the run's resources). */
const backupJobs = (t: BackupContext): FilteredListing<BackupJob, JobsInput> => ({
  async list(filter) {
    const out: BackupJob[] = [];
    for await (const page of paginateListBackupJobs(t.backup(), filter ?? {})) {
      out.push(...(page.BackupJobs ?? []));
    }
    return out;
  },
  key: (j) => j.RecoveryPointArn ?? `${j.BackupJobId} (no recovery point)`,
  what: "backup jobs",
});

const needs: Check["needs"] = ["billable", "second-region", "backup-resource", "backup-invented-resources"];

/**
 * The listings a copy starts from: ListRecoveryPointsByBackupVault (to find the recovery point to copy) and
 * ListBackupJobs (to find the backup that made it), filtered as the copy workflow filters them, on the run's EFS and
 * EBS recovery points of one vault.
 */
export const workflowFilterChecks: readonly Check[] = [
  {
    id: "BKP-FILTER-POINTS-001",
    level: "required",
    title: "ListRecoveryPointsByBackupVault ByResourceArn lists only that resource's recovery points",
    asserts:
      "Of a vault's EFS and EBS recovery points, ListRecoveryPointsByBackupVault ByResourceArn of the EBS volume lists its point, not the EFS one, and only points whose ResourceArn is that ARN.",
    citations: [B.pointsByResourceArn],
    needs,
    async run(t) {
      const v = await copyVariety(t, t.copies);
      const arn = v.ebsPoint.resourceArn;
      await expectFilter(
        points(t, v),
        { ByResourceArn: arn },
        (p) => p.ResourceArn === arn,
        v.ebsPoint.arn,
        v.efsPoint.arn,
      );
    },
  },
  {
    id: "BKP-FILTER-POINTS-002",
    level: "required",
    title: "ListRecoveryPointsByBackupVault ByResourceType lists only recovery points of that type",
    asserts:
      "Of a vault's EFS and EBS recovery points, ListRecoveryPointsByBackupVault ByResourceType EFS lists the EFS point, not the EBS one, and only points whose ResourceType is EFS.",
    citations: [B.pointsByResourceType],
    needs,
    async run(t) {
      const v = await copyVariety(t, t.copies);
      await expectFilter(
        points(t, v),
        { ByResourceType: "EFS" },
        (p) => p.ResourceType === "EFS",
        v.efsPoint.arn,
        v.ebsPoint.arn,
      );
    },
  },
  {
    id: "BKP-FILTER-POINTS-003",
    level: "required",
    title: "ListRecoveryPointsByBackupVault ByCreatedBefore and ByCreatedAfter split the points at that date",
    asserts:
      "With a date between the CreationDates of a vault's EFS point and its later EBS point, ByCreatedBefore lists the EFS point and not the EBS one, ByCreatedAfter the EBS point and not the EFS one, each only points created on its side of the date.",
    citations: [B.pointsByCreatedBefore, B.pointsByCreatedAfter],
    needs,
    async run(t) {
      const v = await copyVariety(t, t.copies);
      const date = between(v.efsPoint.creationDate, v.ebsPoint.creationDate, "recovery points' CreationDate");
      const created = (p: Point) => p.CreationDate ?? Number.NaN;
      await expectFilter(
        points(t, v),
        { ByCreatedBefore: date },
        (p) => created(p) < seconds(date),
        v.efsPoint.arn,
        v.ebsPoint.arn,
      );
      await expectFilter(
        points(t, v),
        { ByCreatedAfter: date },
        (p) => created(p) > seconds(date),
        v.ebsPoint.arn,
        v.efsPoint.arn,
      );
    },
  },
  {
    id: "BKP-FILTER-BACKUP-JOBS-001",
    level: "required",
    title: "ListBackupJobs ByResourceArn and ByResourceType list only the backups of that resource and type",
    asserts:
      "Of the backup jobs that made the run's EFS and EBS recovery points, ListBackupJobs ByResourceArn of the EFS file system lists its job and not the EBS one, and ByResourceType EBS the EBS job and not the EFS one, each only jobs that match.",
    citations: [B.backupJobsByResourceArn, B.backupJobsByResourceType],
    needs,
    async run(t) {
      const v = await copyVariety(t, t.copies);
      const arn = v.efsPoint.resourceArn;
      const jobs = backupJobs(t);
      await expectFilter(jobs, { ByResourceArn: arn }, (j) => j.ResourceArn === arn, v.efsPoint.arn, v.ebsPoint.arn);
      await expectFilter(
        jobs,
        { ByResourceType: "EBS" },
        (j) => j.ResourceType === "EBS",
        v.ebsPoint.arn,
        v.efsPoint.arn,
      );
    },
  },
];
