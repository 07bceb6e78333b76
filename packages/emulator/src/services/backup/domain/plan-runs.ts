import type { BackupApi } from "@cloudhsm-kit/spec";
import type { Plan } from "../store/records.js";
import { startBackupJob } from "./backup-jobs.js";
import { type BackupContext, here } from "./context.js";
import { startCopyJob } from "./copy-jobs.js";
import { nextRun, parseCron } from "./cron.js";
import { BackupError } from "./errors.js";
import { resourceTypeOf } from "./resource-types.js";

type Rule = BackupApi.components["schemas"]["BackupRule"];

/** A plan rule's next run is due: event id `<BackupPlanId>/<RuleId>`. */
export const PLAN_RULE_EVENT = "aws-backup.plan-rule.due";

/**
 * Schedules each rule's next run by its ScheduleExpression, read in its ScheduleExpressionTimezone (an update gives
 * new RuleIds: older runs find none).
 */
export function scheduleRules(ctx: BackupContext, plan: Plan): void {
  for (const rule of plan.BackupPlan.Rules) {
    scheduleRule(ctx, plan, rule);
  }
}

function scheduleRule(ctx: BackupContext, plan: Plan, rule: Rule): void {
  const cron = parseCron(rule.ScheduleExpression ?? "");
  const at = cron && nextRun(cron, ctx.now, rule.ScheduleExpressionTimezone);
  if (at !== undefined) {
    ctx.schedule({ kind: PLAN_RULE_EVENT, id: `${plan.BackupPlanId}/${rule.RuleId}`, at });
  }
}

/**
 * A due rule: its run (`runRule`), then its next run. The event of a rule that no longer exists (an updated or
 * deleted plan) does nothing.
 */
export function applyPlanRule(ctx: BackupContext, id: string): void {
  const [planId, ruleId] = id.split("/");
  const plan = here(ctx).plans.get(planId as string);
  const rule = plan?.BackupPlan.Rules.find((r) => r.RuleId === ruleId);
  if (!plan || !rule || plan.DeletionDate !== undefined) {
    return;
  }
  runRule(ctx, plan, rule);
  scheduleRule(ctx, plan, rule);
}

/** Every rule of a plan, now (the control API's "run a plan now"); returns the backup jobs started. */
export const runPlanNow = (ctx: BackupContext, plan: Plan): string[] =>
  plan.BackupPlan.Rules.flatMap((rule) => runRule(ctx, plan, rule));

/**
 * A rule's run: a backup job into the rule's vault for each resource its plan's selections name by ARN (UNDOC: `*`,
 * wildcards, tags and conditions select nothing here — the emulator knows no resources), with the rule's lifecycle
 * and copy actions. A resource a job cannot start for (no vault, unknown type) is skipped. Returns the jobs' ids.
 */
function runRule(ctx: BackupContext, plan: Plan, rule: Rule): string[] {
  const store = here(ctx);
  const createdBy = {
    BackupPlanId: plan.BackupPlanId,
    BackupPlanArn: plan.BackupPlanArn,
    BackupPlanVersion: plan.VersionId,
    BackupRuleId: rule.RuleId as string,
  };
  const started: string[] = [];
  for (const selection of [...store.selections.values()].filter((s) => s.BackupPlanId === plan.BackupPlanId)) {
    for (const resource of (selection.BackupSelection.Resources ?? []).filter((r) => resourceTypeOf(r))) {
      const input = {
        BackupVaultName: rule.TargetBackupVaultName,
        ResourceArn: resource,
        IamRoleArn: selection.BackupSelection.IamRoleArn,
        ...(rule.Lifecycle ? { Lifecycle: rule.Lifecycle } : {}),
      };
      const origin = { createdBy, ...(rule.CopyActions ? { copyActions: rule.CopyActions } : {}) };
      refusalOf(() => started.push(startBackupJob(ctx, input, origin).BackupJobId as string));
    }
  }
  plan.LastExecutionDate = ctx.now;
  return started;
}

/**
 * After a plan rule's backup job completes: one copy job per copy action of the rule, with the action's lifecycle or
 * the source's (B5, [SH-CA]). A copy the rules refuse is recorded as a FAILED copy job with the refusal as its
 * StatusMessage (UNDOC).
 */
export function startPlanCopies(ctx: BackupContext, backupJobId: string): void {
  const store = here(ctx);
  const job = store.backupJobs.get(backupJobId);
  const extras = store.jobExtras.get(backupJobId);
  if (job?.State !== "COMPLETED" || !extras?.copyActions) {
    return;
  }
  for (const action of extras.copyActions) {
    const input = {
      RecoveryPointArn: job.RecoveryPointArn,
      SourceBackupVaultName: job.BackupVaultName,
      DestinationBackupVaultArn: action.DestinationBackupVaultArn,
      IamRoleArn: job.IamRoleArn ?? "",
      ...(action.Lifecycle ? { Lifecycle: action.Lifecycle } : {}),
    };
    const refusal = refusalOf(() => startCopyJob(ctx, input, backupJobId));
    if (refusal !== undefined) {
      const CopyJobId = ctx.uuid().toUpperCase();
      store.copyJobs.set(CopyJobId, {
        AccountId: ctx.account,
        CopyJobId,
        SourceBackupVaultArn: job.BackupVaultArn ?? "",
        SourceRecoveryPointArn: job.RecoveryPointArn,
        DestinationBackupVaultArn: action.DestinationBackupVaultArn,
        ResourceArn: job.ResourceArn,
        CreationDate: ctx.now,
        CompletionDate: ctx.now,
        State: "FAILED",
        StatusMessage: refusal,
        CreatedByBackupJobId: backupJobId,
        IsParent: false,
      });
    }
  }
  delete extras.copyActions;
}

/** Runs a start that the service's rules may refuse: the refusal's message, or undefined when it started. */
function refusalOf(start: () => unknown): string | undefined {
  try {
    start();
    return undefined;
  } catch (error) {
    if (error instanceof BackupError) {
      return error.message;
    }
    throw error;
  }
}
