import { defineFault } from "../fault.js";
import { isCreatePlan, type Rule, refused, rewritingRules, rulesOf } from "./backup-plans.js";

/**
 * Faults against the bounds of a plan rule: its StartWindowMinutes "must be at least 60 minutes to avoid errors" and
 * has "a maximum value of 100 years (52,560,000 minutes)"; its lifecycle "a maximum value of 100 years (36,500
 * days)" (the model, BackupRuleInput).
 */
const GROUPS = ["backup-plans"] as const;
const MIN = 60;
const MAX = 52_560_000;
const MAX_DAYS = 36_500;
const SOURCE = "aws-backup-copy.md §4.2 (WindowMinutes); model BackupRuleInput.StartWindowMinutes";
const RETENTION = "aws-backup-copy.md B2; model BackupRuleInput.Lifecycle";
type Lifecycle = { DeleteAfterDays?: number };
const retentionOf = (rule: Rule) => (rule.Lifecycle as Lifecycle | undefined)?.DeleteAfterDays;

/** Forwards a CreateBackupPlan without the start windows that `drop` picks, so that the target accepts it. */
function windowNotEnforced(name: string, breaks: string, drop: (minutes: number) => boolean) {
  return defineFault({
    name,
    level: "required",
    breaks,
    source: SOURCE,
    groups: GROUPS,
    operations: "any",
    create: rewritingRules(isCreatePlan, ({ StartWindowMinutes, ...rule }: Rule) =>
      typeof StartWindowMinutes === "number" && drop(StartWindowMinutes) ? rule : undefined,
    ),
  });
}

export const planWindowMinimumNotEnforced = windowNotEnforced(
  "backup-plan-start-window-minimum-not-enforced",
  "A plan rule whose StartWindowMinutes is under 60 is refused.",
  (minutes) => minutes < MIN,
);

export const planWindowMaximumNotEnforced = windowNotEnforced(
  "backup-plan-start-window-maximum-not-enforced",
  "A plan rule whose StartWindowMinutes is over 52,560,000 (100 years) is refused.",
  (minutes) => minutes > MAX,
);

export const planWindowBoundsRefused = defineFault({
  name: "backup-plan-start-window-bounds-refused",
  level: "required",
  breaks: "A plan rule's StartWindowMinutes of exactly 60 or exactly 52,560,000 is accepted.",
  source: SOURCE,
  groups: GROUPS,
  operations: "any",
  create: () => ({
    request: (request) =>
      isCreatePlan(request) && rulesOf(request.input).some((r) => [MIN, MAX].includes(Number(r.StartWindowMinutes)))
        ? { answer: refused("Error in rule : StartWindowMinutes must be more than 60 and less than 100 years") }
        : undefined,
  }),
});

export const planRetentionMaximumNotEnforced = defineFault({
  name: "backup-plan-rule-retention-maximum-not-enforced",
  level: "required",
  breaks: "A plan rule whose lifecycle keeps recovery points longer than 36,500 days (100 years) is refused.",
  source: RETENTION,
  groups: GROUPS,
  operations: "any",
  // Forwarded without the rule's lifecycle, so the target accepts it.
  create: rewritingRules(isCreatePlan, ({ Lifecycle, ...rule }: Rule) =>
    (retentionOf({ Lifecycle }) ?? 0) > MAX_DAYS ? rule : undefined,
  ),
});

export const planRetentionMaximumRefused = defineFault({
  name: "backup-plan-rule-retention-maximum-refused",
  level: "required",
  breaks: "A plan rule whose lifecycle keeps recovery points exactly 36,500 days (100 years) is accepted.",
  source: RETENTION,
  groups: GROUPS,
  operations: "any",
  create: () => ({
    request: (request) =>
      isCreatePlan(request) && rulesOf(request.input).some((r) => retentionOf(r) === MAX_DAYS)
        ? { answer: refused("Error in rule : Invalid lifecycle. DeleteAfterDays must be less than 36500 days") }
        : undefined,
  }),
});
