import type { BackupInputs, BackupOutputs } from "@cloudhsm-kit/spec";
import { startBackupJob } from "./domain/backup-jobs.js";
import type { BackupContext } from "./domain/context.js";
import { here } from "./domain/context.js";
import { listCopyJobSummaries } from "./domain/copy-job-summaries.js";
import { startCopyJob } from "./domain/copy-jobs.js";
import { describeBackupJob, describeCopyJob, listBackupJobs, listCopyJobs } from "./domain/job-listings.js";
import { listVaults } from "./domain/list-vaults.js";
import { createPlan, deletePlan, listPlans, planOf, updatePlan } from "./domain/plans.js";
import type { Received } from "./domain/received.js";
import {
  deleteRecoveryPoint,
  describeRecoveryPoint,
  listRecoveryPoints,
  updateLifecycle,
} from "./domain/recovery-points.js";
import { describeRegionSettings, updateRegionSettings } from "./domain/region-settings.js";
import { createSelection, deleteSelection, listSelections, selectionOf } from "./domain/selections.js";
import { listTags, tagResource, untagResource } from "./domain/tags.js";
import {
  deleteLock,
  getAccessPolicy,
  getNotifications,
  putAccessPolicy,
  putLock,
  putNotifications,
} from "./domain/vault-settings.js";
import { createVault, deleteVault, describeVault, vaultOf } from "./domain/vaults.js";

type Handler<Op extends keyof BackupInputs> = (
  input: Received<BackupInputs[Op]>,
  ctx: BackupContext,
) => BackupOutputs[Op];

/** The empty reply of an operation that only acts (AWS's `{}`). */
const nothing = (_acted: unknown): Record<never, never> => ({});

/**
 * The operations this emulator serves, one handler each: input → domain → output. An operation of the descriptor
 * that is absent here is not served: the protocol answers it with 501 naming it (all 35 are served).
 */
export const OPERATIONS: { [Op in ServedOperation]: Handler<Op> } = {
  CreateBackupVault: (input, ctx) => createVault(ctx, input),
  DescribeBackupVault: (input, ctx) => describeVault(here(ctx), vaultOf(ctx, input.BackupVaultName)),
  ListBackupVaults: (input, ctx) => listVaults(ctx, input),
  DeleteBackupVault: (input, ctx) => nothing(deleteVault(ctx, input.BackupVaultName)),
  PutBackupVaultAccessPolicy: (input, ctx) => nothing(putAccessPolicy(ctx, input.BackupVaultName, input.Policy)),
  GetBackupVaultAccessPolicy: (input, ctx) => getAccessPolicy(ctx, input.BackupVaultName),
  PutBackupVaultLockConfiguration: (input, ctx) => nothing(putLock(ctx, input)),
  DeleteBackupVaultLockConfiguration: (input, ctx) => nothing(deleteLock(ctx, input.BackupVaultName)),
  PutBackupVaultNotifications: (input, ctx) => nothing(putNotifications(ctx, input)),
  GetBackupVaultNotifications: (input, ctx) => getNotifications(ctx, input.BackupVaultName),
  StartBackupJob: (input, ctx) => startBackupJob(ctx, input),
  DescribeBackupJob: (input, ctx) => describeBackupJob(ctx, input.BackupJobId),
  ListBackupJobs: (input, ctx) => listBackupJobs(ctx, input),
  ListRecoveryPointsByBackupVault: (input, ctx) => listRecoveryPoints(ctx, input),
  DescribeRecoveryPoint: (input, ctx) => describeRecoveryPoint(ctx, input.BackupVaultName, input.RecoveryPointArn),
  UpdateRecoveryPointLifecycle: (input, ctx) => updateLifecycle(ctx, input),
  DeleteRecoveryPoint: (input, ctx) => nothing(deleteRecoveryPoint(ctx, input.BackupVaultName, input.RecoveryPointArn)),
  StartCopyJob: (input, ctx) => startCopyJob(ctx, input),
  DescribeCopyJob: (input, ctx) => describeCopyJob(ctx, input.CopyJobId),
  ListCopyJobs: (input, ctx) => listCopyJobs(ctx, input),
  TagResource: (input, ctx) => nothing(tagResource(ctx, input.ResourceArn, input.Tags)),
  UntagResource: (input, ctx) => nothing(untagResource(ctx, input.ResourceArn, input.TagKeyList)),
  ListTags: (input, ctx) => listTags(ctx, input.ResourceArn),
  DescribeRegionSettings: (_input, ctx) => describeRegionSettings(ctx),
  UpdateRegionSettings: (input, ctx) => nothing(updateRegionSettings(ctx, input)),
  CreateBackupPlan: (input, ctx) => createPlan(ctx, input),
  GetBackupPlan: (input, ctx) => planOf(here(ctx), input.BackupPlanId),
  UpdateBackupPlan: (input, ctx) => updatePlan(ctx, input),
  DeleteBackupPlan: (input, ctx) => deletePlan(ctx, input.BackupPlanId),
  ListBackupPlans: (input, ctx) => listPlans(ctx, input),
  CreateBackupSelection: (input, ctx) => createSelection(ctx, input),
  GetBackupSelection: (input, ctx) => selectionOf(ctx, input.BackupPlanId, input.SelectionId),
  DeleteBackupSelection: (input, ctx) => nothing(deleteSelection(ctx, input.BackupPlanId, input.SelectionId)),
  ListBackupSelections: (input, ctx) => listSelections(ctx, input),
  ListCopyJobSummaries: (input, ctx) => listCopyJobSummaries(ctx, input),
};

export type ServedOperation =
  | "CreateBackupVault"
  | "DescribeBackupVault"
  | "ListBackupVaults"
  | "DeleteBackupVault"
  | "PutBackupVaultAccessPolicy"
  | "GetBackupVaultAccessPolicy"
  | "PutBackupVaultLockConfiguration"
  | "DeleteBackupVaultLockConfiguration"
  | "PutBackupVaultNotifications"
  | "GetBackupVaultNotifications"
  | "StartBackupJob"
  | "DescribeBackupJob"
  | "ListBackupJobs"
  | "ListRecoveryPointsByBackupVault"
  | "DescribeRecoveryPoint"
  | "UpdateRecoveryPointLifecycle"
  | "DeleteRecoveryPoint"
  | "StartCopyJob"
  | "DescribeCopyJob"
  | "ListCopyJobs"
  | "TagResource"
  | "UntagResource"
  | "ListTags"
  | "DescribeRegionSettings"
  | "UpdateRegionSettings"
  | "CreateBackupPlan"
  | "GetBackupPlan"
  | "UpdateBackupPlan"
  | "DeleteBackupPlan"
  | "ListBackupPlans"
  | "CreateBackupSelection"
  | "GetBackupSelection"
  | "DeleteBackupSelection"
  | "ListBackupSelections"
  | "ListCopyJobSummaries";

/** Operations that change nothing: after one, the state file is not written. */
export const READ_ONLY_OPERATIONS: ReadonlySet<string> = new Set<ServedOperation>([
  "DescribeBackupVault",
  "ListBackupVaults",
  "GetBackupVaultAccessPolicy",
  "GetBackupVaultNotifications",
  "DescribeBackupJob",
  "ListBackupJobs",
  "ListRecoveryPointsByBackupVault",
  "DescribeRecoveryPoint",
  "DescribeCopyJob",
  "ListCopyJobs",
  "ListTags",
  "DescribeRegionSettings",
  "GetBackupPlan",
  "ListBackupPlans",
  "GetBackupSelection",
  "ListBackupSelections",
  "ListCopyJobSummaries",
]);
