import { defineFault } from "../fault.js";
import { isCreatePlan, type Rule, refused, rewritingRules, rulesOf } from "./backup-plans.js";

/**
 * Faults against the bounds of a plan rule's StartWindowMinutes: "it must be at least 60 minutes to avoid errors"
 * and "a maximum value of 100 years (52,560,000 minutes)" (the model, BackupRuleInput.StartWindowMinutes).
 */
const GROUPS = ["backup-plans"] as const;
const MIN = 60;
const MAX = 52_560_000;
const SOURCE = "aws-backup-copy.md §4.2 (WindowMinutes); model BackupRuleInput.StartWindowMinutes";

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
