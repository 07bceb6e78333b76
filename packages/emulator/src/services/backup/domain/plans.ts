import type { BackupApi, BackupInputs, BackupOutputs } from "@cloudhsm-kit/spec";
import type { Plan } from "../store/records.js";
import type { RegionStore } from "../store/region-store.js";
import { parseVaultArn } from "./arns.js";
import { type BackupContext, here } from "./context.js";
import { parseCron } from "./cron.js";
import { isTimeZone } from "./cron-zone.js";
import { alreadyExists, invalidParameter, invalidRequest, notFound } from "./errors.js";
import { checkLifecycle } from "./lifecycle.js";
import { pageFor } from "./paging.js";
import { scheduleRules } from "./plan-runs.js";

type S = BackupApi.components["schemas"];

/** BackupRuleInput's defaults as AWS documents them (model): a daily 05:00 UTC schedule, 8 h to start, 7 days to end. */
const RULE_DEFAULTS = {
  ScheduleExpression: "cron(0 5 ? * * *)",
  ScheduleExpressionTimezone: "Etc/UTC",
  StartWindowMinutes: 480,
  CompletionWindowMinutes: 10080,
};

/** StartWindowMinutes: "it must be at least 60 minutes to avoid errors" (model, BackupRuleInput). */
export const MIN_START_WINDOW_MINUTES = 60;
/** StartWindowMinutes: "This parameter has a maximum value of 100 years (52,560,000 minutes)." (model) */
export const MAX_START_WINDOW_MINUTES = 52_560_000;

/** What is wrong with a rule's StartWindowMinutes, or undefined (absent: the default applies). */
export function startWindowProblem(minutes: number | undefined): string | undefined {
  if (minutes === undefined) {
    return undefined;
  }
  if (minutes < MIN_START_WINDOW_MINUTES) {
    return `StartWindowMinutes must be at least ${MIN_START_WINDOW_MINUTES} minutes.`;
  }
  if (minutes > MAX_START_WINDOW_MINUTES) {
    return `StartWindowMinutes cannot be more than ${MAX_START_WINDOW_MINUTES} minutes (100 years).`;
  }
  return undefined;
}

/**
 * A plan document checked and given rule ids: each rule's lifecycle and each copy action's by the lifecycle rules
 * (B1, B2; the error names the rule, as observed), StartWindowMinutes within 60 minutes and 100 years, and a copy
 * action's destination must be a backup-vault ARN, the schedule expression one EventBridge's syntax admits and its
 * time zone one Intl knows. CopyActions are kept exactly as given (B11).
 */
function planDocument(ctx: BackupContext, input: S["BackupPlanInput"]): S["BackupPlan"] {
  const rules = input.Rules.map((rule): S["BackupRule"] => {
    checkLifecycle(rule.Lifecycle, rule.RuleName);
    for (const action of rule.CopyActions ?? []) {
      checkLifecycle(action.Lifecycle, rule.RuleName);
      if (!parseVaultArn(action.DestinationBackupVaultArn)) {
        throw invalidParameter(
          `Error in rule ${rule.RuleName} : Invalid destination vault ARN ${action.DestinationBackupVaultArn}`,
        );
      }
    }
    if (rule.ScheduleExpression !== undefined && parseCron(rule.ScheduleExpression) === undefined) {
      throw invalidParameter(`Error in rule ${rule.RuleName} : Invalid schedule expression ${rule.ScheduleExpression}`);
    }
    // "The timezone in which the schedule expression is set" (model): an IANA name; the message is UNDOC.
    if (rule.ScheduleExpressionTimezone !== undefined && !isTimeZone(rule.ScheduleExpressionTimezone)) {
      throw invalidParameter(
        `Error in rule ${rule.RuleName} : Invalid schedule expression timezone ${rule.ScheduleExpressionTimezone}`,
      );
    }
    const window = startWindowProblem(rule.StartWindowMinutes);
    if (window !== undefined) {
      throw invalidParameter(`Error in rule ${rule.RuleName} : ${window}`);
    }
    return { ...RULE_DEFAULTS, ...structuredClone(rule), RuleId: ctx.uuid() };
  });
  return { ...structuredClone(input), Rules: rules };
}

export function planOf(store: RegionStore, id: string): Plan {
  const plan = store.plans.get(id);
  if (!plan || plan.DeletionDate !== undefined) {
    throw notFound(`Backup plan ${id} does not exist.`);
  }
  return plan;
}

/**
 * CreateBackupPlan: a plan whose name is taken → AlreadyExistsException (UNDOC: what "already exists" means; moto and
 * the emulator compare names), unless the request repeats that plan's CreatorRequestId: then it is returned (B17).
 */
export function createPlan(
  ctx: BackupContext,
  input: BackupInputs["CreateBackupPlan"],
): BackupOutputs["CreateBackupPlan"] {
  const store = here(ctx);
  const taken = [...store.plans.values()].find(
    (p) => p.DeletionDate === undefined && p.BackupPlan.BackupPlanName === input.BackupPlan.BackupPlanName,
  );
  if (taken) {
    if (input.CreatorRequestId !== undefined && taken.CreatorRequestId === input.CreatorRequestId) {
      return versionOf(taken);
    }
    throw alreadyExists(`Backup plan with the same name already exists: ${input.BackupPlan.BackupPlanName}`, {
      Arn: taken.BackupPlanArn,
      CreatorRequestId: taken.CreatorRequestId,
    });
  }
  const id = ctx.uuid();
  const plan: Plan = {
    BackupPlanId: id,
    BackupPlanArn: `arn:${ctx.partition}:backup:${ctx.region}:${ctx.account}:backup-plan:${id}`,
    VersionId: ctx.uuid(),
    CreationDate: ctx.now,
    BackupPlan: planDocument(ctx, input.BackupPlan),
    ...(input.CreatorRequestId !== undefined ? { CreatorRequestId: input.CreatorRequestId } : {}),
  };
  store.plans.set(id, plan);
  scheduleRules(ctx, plan);
  if (input.BackupPlanTags && Object.keys(input.BackupPlanTags).length > 0) {
    store.tags.set(plan.BackupPlanArn, { ...input.BackupPlanTags });
  }
  return versionOf(plan);
}

const versionOf = (plan: Plan) => ({
  BackupPlanId: plan.BackupPlanId,
  BackupPlanArn: plan.BackupPlanArn,
  CreationDate: plan.CreationDate,
  VersionId: plan.VersionId,
});

/** UpdateBackupPlan: the document replaced, a new VersionId. */
export function updatePlan(
  ctx: BackupContext,
  input: BackupInputs["UpdateBackupPlan"],
): BackupOutputs["UpdateBackupPlan"] {
  const plan = planOf(here(ctx), input.BackupPlanId);
  plan.BackupPlan = planDocument(ctx, input.BackupPlan);
  plan.VersionId = ctx.uuid();
  scheduleRules(ctx, plan);
  return versionOf(plan);
}

/** DeleteBackupPlan: "only … after all associated selections of resources have been deleted" → InvalidRequest. */
export function deletePlan(ctx: BackupContext, id: string): BackupOutputs["DeleteBackupPlan"] {
  const store = here(ctx);
  const plan = planOf(store, id);
  if ([...store.selections.values()].some((s) => s.BackupPlanId === id)) {
    throw invalidRequest(
      "A backup plan can only be deleted after all associated selections of resources have been deleted.",
    );
  }
  plan.DeletionDate = ctx.now;
  return { BackupPlanId: id, BackupPlanArn: plan.BackupPlanArn, DeletionDate: ctx.now, VersionId: plan.VersionId };
}

export function listPlans(
  ctx: BackupContext,
  input: BackupInputs["ListBackupPlans"],
): BackupOutputs["ListBackupPlans"] {
  const plans = [...here(ctx).plans.values()].filter(
    (p) => input.IncludeDeleted === true || p.DeletionDate === undefined,
  );
  const { items, next } = pageFor("backup-plans", plans, (p) => p.BackupPlanId, input);
  const members = items.map(({ BackupPlan, ...p }) => ({ ...p, BackupPlanName: BackupPlan.BackupPlanName }));
  return { BackupPlansList: members, ...next };
}
