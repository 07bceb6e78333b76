import type { GroupRow } from "../../registry/define.js";
import { copyJobSummaryChecks } from "./checks/copy-job-summaries.js";
import { copyJobChecks } from "./checks/copy-jobs.js";
import { destinationChecks } from "./checks/destination.js";
import { lifecycleChecks } from "./checks/lifecycle.js";
import { listCopyJobChecks } from "./checks/list-copy-jobs.js";
import { listFilterChecks } from "./checks/list-filters.js";
import { workflowFilterChecks } from "./checks/list-filters-workflow.js";
import { partitionChecks } from "./checks/partitions.js";
import { partitionRegionChecks } from "./checks/partitions-regions.js";
import { partitionSeedChecks } from "./checks/partitions-seed.js";
import { partitionTypeChecks } from "./checks/partitions-types.js";
import { planChecks } from "./checks/plans.js";
import { planLimitChecks } from "./checks/plans-limits.js";
import { planRunChecks } from "./checks/plans-runs.js";
import { refusalChecks } from "./checks/refusals.js";
import { jobRefusalChecks } from "./checks/refusals-jobs.js";
import { schemaChecks } from "./checks/schema.js";
import { validationChecks } from "./checks/validation.js";
import { wireChecks } from "./checks/wire.js";
import type { BackupContext } from "./context.js";

/**
 * The behaviour groups of AWS Backup's cross-Region copy, in the order they run and are reported: the one table that
 * owns each group, the prefix of its check ids (all under `BKP-`), its title and its checks. Group ids carry the
 * service (`backup-…`) so that `--groups` never mixes them up with CloudHSM's.
 */
export const GROUP_TABLE = [
  { id: "backup-copy-jobs", prefix: "BKP-JOB", title: "AWS Backup copy-job state machine", checks: copyJobChecks },
  {
    id: "backup-destination",
    prefix: "BKP-DEST",
    title: "Where a cross-Region copy lands and what it keeps",
    checks: destinationChecks,
  },
  { id: "backup-lifecycle", prefix: "BKP-LC", title: "The lifecycle rule and its boundary", checks: lifecycleChecks },
  {
    id: "backup-plans",
    prefix: "BKP-PLAN",
    title: "Backup plans: copy actions and scheduled copies",
    checks: [...planChecks, ...planLimitChecks, ...planRunChecks],
  },
  {
    id: "backup-refusals",
    prefix: "BKP-FAIL",
    title: "What a copy refuses or fails on",
    checks: [...refusalChecks, ...jobRefusalChecks],
  },
  {
    id: "backup-partitions",
    prefix: "BKP-PART",
    title: "Partition and resource-type rules on copies",
    checks: [...partitionChecks, ...partitionRegionChecks, ...partitionTypeChecks, ...partitionSeedChecks],
  },
  {
    id: "backup-list-copy-jobs",
    prefix: "BKP-LIST",
    title: "ListCopyJobs filters and paging",
    checks: listCopyJobChecks,
  },
  {
    id: "backup-list-filters",
    prefix: "BKP-FILTER",
    title: "ListCopyJobs' other filters and NextToken; the copy workflow's recovery-point and backup-job filters",
    checks: [...listFilterChecks, ...workflowFilterChecks],
  },
  {
    id: "backup-copy-job-summaries",
    prefix: "BKP-SUM",
    title: "ListCopyJobSummaries counts by state, resource type and message category",
    checks: copyJobSummaryChecks,
  },
  {
    id: "backup-validation",
    prefix: "BKP-VAL",
    title: "Input that breaks the spec's constraints is refused",
    checks: validationChecks,
  },
  { id: "backup-wire", prefix: "BKP-WIRE", title: "restJson1 wire rules", checks: wireChecks },
  {
    id: "backup-schema",
    prefix: "BKP-SCHEMA",
    title: "AWS Backup replies validated against the spec",
    checks: schemaChecks,
  },
] as const satisfies readonly GroupRow<BackupContext>[];

/** The id of an AWS Backup behaviour group. */
export type GroupId = (typeof GROUP_TABLE)[number]["id"];
