import { defineFault, type Json, type ReplyView, type RequestView } from "../fault.js";
import { isBackup, pathOf } from "./aws-backup.js";

/**
 * Faults against AWS Backup's plans: a rule's copy actions as CreateBackupPlan, UpdateBackupPlan and GetBackupPlan
 * carry them, and the copies a rule's run starts (shared/reference/aws-backup-copy.md §3 notes, B1, B11, B17; the
 * model's documentation of CopyAction, BackupJob.CreatedBy and CopyJob.CreatedByBackupJobId).
 */
const GROUPS = ["backup-plans"] as const;
const PLANS = /^\/backup\/plans\/?$/;
const PLAN = /^\/backup\/plans\/[^/]+\/?$/;
/** A request of AWS Backup with this method and a path (query left out) that `path` matches. */
export const on = (method: string, path: RegExp) => (r: RequestView) =>
  isBackup(r) && r.method === method && path.test(pathOf(r));
export const isCreatePlan = on("PUT", PLANS);
const isListPlans = on("GET", PLANS);
const isGetPlan = on("GET", PLAN);
const isUpdatePlan = on("POST", PLAN);
const isDeletePlan = on("DELETE", PLAN);
const planIdOf = (r: RequestView) => decodeURIComponent(pathOf(r).split("/")[3] ?? "");

type Lifecycle = { MoveToColdStorageAfterDays?: number; DeleteAfterDays?: number };
export type Rule = Json & { Lifecycle?: Lifecycle; CopyActions?: (Json & { Lifecycle?: Lifecycle })[] };
const gap = (l: Lifecycle | undefined) =>
  l?.MoveToColdStorageAfterDays === undefined || l.DeleteAfterDays === undefined
    ? undefined
    : l.DeleteAfterDays - l.MoveToColdStorageAfterDays;
export const rulesOf = (input: Json | undefined) => ((input?.BackupPlan as Json | undefined)?.Rules ?? []) as Rule[];

/** The plan document of `input` with each rule passed through `edit`; undefined when no rule changed. */
function editRules(input: Json | undefined, edit: (rule: Rule) => Rule | undefined): Json | undefined {
  const rules = rulesOf(input);
  const edited = rules.map((r) => edit(r));
  if (!input || edited.every((r) => r === undefined)) {
    return undefined;
  }
  const BackupPlan = { ...(input.BackupPlan as Json), Rules: edited.map((r, i) => r ?? rules[i]) };
  return { ...input, BackupPlan };
}

/** The rule with the lifecycle of each copy action that `drop` picks removed; undefined when none is. */
function dropCopyLifecycles(rule: Rule, drop: (lifecycle: Lifecycle | undefined) => boolean): Rule | undefined {
  const actions = rule.CopyActions ?? [];
  if (!actions.some((a) => drop(a.Lifecycle))) {
    return undefined;
  }
  return { ...rule, CopyActions: actions.map(({ Lifecycle, ...a }) => (drop(Lifecycle) ? a : { ...a, Lifecycle })) };
}

/** A fault's `create` that forwards the plan requests `matches` picks with each rule passed through `edit`. */
export function rewritingRules(
  matches: (request: RequestView) => boolean,
  edit: (rule: Rule, request: RequestView) => Rule | undefined,
) {
  return () => ({
    request: (request: RequestView) => {
      const input = matches(request) ? editRules(request.input, (r) => edit(r, request)) : undefined;
      return input ? { input } : undefined;
    },
  });
}

/** The reply AWS Backup gives a parameter out of range. */
export const refused = (message: string) => ({
  status: 400,
  output: { Message: message },
  headers: { "x-amzn-errortype": "InvalidParameterValueException", "content-type": "application/json" },
});

export const planCopyLifecycleNotEnforced = defineFault({
  name: "backup-plan-copy-lifecycle-not-enforced",
  level: "required",
  breaks: "A plan's copy action whose lifecycle deletes less than 90 days after the move to cold storage is refused.",
  source: "aws-backup-copy.md B1; model Lifecycle.DeleteAfterDays",
  groups: GROUPS,
  operations: "any",
  // Forwarded without the offending lifecycles, so the target accepts the plan.
  create: rewritingRules(
    (r) => isCreatePlan(r) || isUpdatePlan(r),
    (rule) => dropCopyLifecycles(rule, (l) => (gap(l) ?? 90) < 90),
  ),
});

export const planCopyBoundaryRefused = defineFault({
  name: "backup-plan-copy-lifecycle-boundary-refused",
  level: "required",
  breaks: "A plan's copy action deleting exactly 90 days after the move to cold storage is accepted (at least 90).",
  source: "aws-backup-copy.md B1; model Lifecycle.DeleteAfterDays",
  groups: GROUPS,
  operations: "any",
  create: () => ({
    request: (request) =>
      isCreatePlan(request) && rulesOf(request.input).some((r) => r.CopyActions?.some((a) => gap(a.Lifecycle) === 90))
        ? { answer: refused("Error in rule : DeleteAfterDays must be more than 90 days after the move to cold") }
        : undefined,
  }),
});

export const planRuleLifecycleNotEnforced = defineFault({
  name: "backup-plan-rule-lifecycle-not-enforced",
  level: "required",
  breaks: "A plan rule whose lifecycle deletes less than 90 days after the move to cold storage is refused.",
  source: "aws-backup-copy.md B1; model BackupRuleInput.Lifecycle",
  groups: GROUPS,
  operations: "any",
  create: rewritingRules(isCreatePlan, ({ Lifecycle, ...rule }) => ((gap(Lifecycle) ?? 90) < 90 ? rule : undefined)),
});

export const planDestinationNotChecked = defineFault({
  name: "backup-plan-copy-destination-not-checked",
  level: "advisory",
  breaks: "A copy action whose DestinationBackupVaultArn is not a backup vault ARN is refused (undocumented).",
  source: "aws-backup-copy.md §4.3 (CopyAction); model CopyAction.DestinationBackupVaultArn",
  groups: GROUPS,
  operations: "any",
  create: rewritingRules(isCreatePlan, (rule, request) => {
    const vaultArn = (name: string) => `arn:aws:backup:${request.region}:123456789012:backup-vault:${name}`;
    const actions = rule.CopyActions ?? [];
    const bad = (a: Json) => !String(a.DestinationBackupVaultArn).startsWith("arn:");
    return actions.some(bad)
      ? {
          ...rule,
          CopyActions: actions.map((a) =>
            bad(a) ? { ...a, DestinationBackupVaultArn: vaultArn(String(a.DestinationBackupVaultArn)) } : a,
          ),
        }
      : undefined;
  }),
});

export const planCopyLifecycleDropped = defineFault({
  name: "backup-plan-copy-lifecycle-dropped",
  level: "required",
  breaks: "GetBackupPlan gives each copy action back with its lifecycle, as the plan was created.",
  source: "aws-backup-copy.md B11; model GetBackupPlan",
  groups: GROUPS,
  operations: "any",
  create: () => ({
    response: (reply, request) => {
      const plan = reply.output?.BackupPlan as Json | undefined;
      if (!isGetPlan(request) || !plan) {
        return undefined;
      }
      const Rules = rulesOf(reply.output).map((r) => dropCopyLifecycles(r, (l) => l !== undefined) ?? r);
      return { output: { ...reply.output, BackupPlan: { ...plan, Rules } } };
    },
  }),
});

export const planUpdateIgnored = defineFault({
  name: "backup-plan-update-ignored",
  level: "required",
  breaks: "UpdateBackupPlan replaces the plan's rules (and copy actions) under a new VersionId.",
  source: "aws-backup-copy.md §3 (UpdateBackupPlan); model UpdateBackupPlan",
  groups: GROUPS,
  operations: "any",
  create: () => ({
    request: (request) =>
      isUpdatePlan(request)
        ? {
            answer: {
              status: 200,
              output: { BackupPlanId: planIdOf(request), VersionId: `FAULT-${Date.now()}` },
              headers: { "content-type": "application/json" },
            },
          }
        : undefined,
  }),
});

export const planCreatorRequestIdIgnored = defineFault({
  name: "backup-plan-creator-request-id-ignored",
  level: "required",
  breaks: "CreateBackupPlan with the CreatorRequestId of an existing plan returns that plan.",
  source: "aws-backup-copy.md B17; model CreateBackupPlanInput.CreatorRequestId",
  groups: GROUPS,
  operations: "any",
  create: () => ({
    request: (request) => {
      if (!isCreatePlan(request) || request.input?.CreatorRequestId === undefined) {
        return undefined;
      }
      const { CreatorRequestId: _dropped, ...input } = request.input;
      return { input };
    },
  }),
});

export const plansNotListed = defineFault({
  name: "backup-plans-not-listed",
  level: "required",
  breaks: "ListBackupPlans lists the account's active plans.",
  source: "aws-backup-copy.md §3; model ListBackupPlans",
  groups: GROUPS,
  operations: "any",
  create: () => ({
    response: (reply, request) =>
      isListPlans(request) && (reply.output?.BackupPlansList as Json[] | undefined)?.length
        ? { output: { ...reply.output, BackupPlansList: [] } }
        : undefined,
  }),
});

export const deletedPlansListed = defineFault({
  name: "backup-plans-deleted-still-listed",
  level: "required",
  breaks: "ListBackupPlans lists only active plans: a deleted plan is gone from it.",
  source: "aws-backup-copy.md §3; model ListBackupPlans, DeleteBackupPlan",
  groups: GROUPS,
  operations: "any",
  create: () => {
    const deleted: Json[] = [];
    return {
      response: (reply: ReplyView, request: RequestView) => {
        if (isDeletePlan(request) && reply.status === 200 && reply.output) {
          deleted.push(reply.output);
        }
        const listed = reply.output?.BackupPlansList as Json[] | undefined;
        return isListPlans(request) && listed && deleted.length > 0
          ? { output: { ...reply.output, BackupPlansList: [...listed, ...deleted] } }
          : undefined;
      },
    };
  },
});

export const planDeletedWithSelections = defineFault({
  name: "backup-plan-deleted-with-selections",
  level: "required",
  breaks: "A backup plan can only be deleted after all its selections have been deleted.",
  source: "aws-backup-copy.md §3 (DeleteBackupPlan); model DeleteBackupPlan",
  groups: GROUPS,
  operations: "any",
  create: () => ({
    response: (reply, request) =>
      isDeletePlan(request) && reply.headers.get("x-amzn-errortype") === "InvalidRequestException"
        ? {
            status: 200,
            headers: { "x-amzn-errortype": null },
            output: { BackupPlanId: planIdOf(request), DeletionDate: Date.now() / 1000 },
          }
        : undefined,
  }),
});
