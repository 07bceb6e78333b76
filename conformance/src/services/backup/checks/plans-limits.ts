import { expectEqual } from "../../../harness/assert.js";
import { expectServiceError } from "../../../harness/service-error.js";
import { B } from "../citations.js";
import type { BackupContext, Check } from "../context.js";
import { PlanFixtures, ruleInput } from "../fixtures/plans.js";

/** The model's bounds of a rule's StartWindowMinutes: at least 60 minutes, at most 100 years. */
const MIN = 60;
const MAX = 52_560_000;
/** The model's bound of a rule's lifecycle: "a maximum value of 100 years (36,500 days)". */
const MAX_DAYS = 36_500;
const REFUSED = { names: ["InvalidParameterValueException"], status: 400 };

/** CreateBackupPlan of one rule per start window given, each named after its window, into a new vault. */
async function planWithWindows(t: BackupContext, ...windows: number[]) {
  const target = await t.vaults.create(t.regions.primary, "window");
  const plans = new PlanFixtures(t);
  const rules = windows.map((w) => ({ ...ruleInput(`window-${w}`, target), StartWindowMinutes: w }));
  return { plans, plan: await plans.create(t.regions.primary, "window", rules) };
}

/** A check that CreateBackupPlan refuses a rule with StartWindowMinutes `minutes`. */
function refusesWindow(id: string, minutes: number, bound: string, citation: typeof B.startWindowMinimum): Check {
  return {
    id,
    level: "required",
    title: `CreateBackupPlan refuses a rule whose StartWindowMinutes is ${bound}`,
    asserts: `CreateBackupPlan with a rule whose StartWindowMinutes is ${minutes} is refused with HTTP 400 InvalidParameterValueException.`,
    citations: [citation, B.invalidParameter400],
    needs: [],
    async run(t) {
      await expectServiceError(
        `CreateBackupPlan with StartWindowMinutes ${minutes}`,
        () => planWithWindows(t, minutes),
        REFUSED,
      );
    },
  };
}

export const planLimitChecks: readonly Check[] = [
  refusesWindow("BKP-PLAN-WINDOW-001", MIN - 1, "under 60 minutes", B.startWindowMinimum),
  refusesWindow("BKP-PLAN-WINDOW-002", MAX + 1, "over 100 years", B.startWindowMaximum),
  {
    id: "BKP-PLAN-WINDOW-003",
    level: "required",
    title: "CreateBackupPlan accepts StartWindowMinutes of exactly 60 minutes and exactly 100 years",
    asserts:
      "CreateBackupPlan with one rule whose StartWindowMinutes is 60 and one whose StartWindowMinutes is 52,560,000 is accepted, and GetBackupPlan gives each rule that window.",
    citations: [B.startWindowMinimum, B.startWindowMaximum],
    needs: [],
    async run(t) {
      const { plans, plan } = await planWithWindows(t, MIN, MAX);
      for (const minutes of [MIN, MAX]) {
        const { rule } = await plans.rule(plan, `window-${minutes}`);
        expectEqual(`StartWindowMinutes of rule window-${minutes}`, rule.StartWindowMinutes, minutes);
      }
    },
  },
  {
    id: "BKP-PLAN-RULE-LC-002",
    level: "required",
    title: "CreateBackupPlan refuses a rule whose lifecycle keeps recovery points longer than 100 years",
    asserts:
      "CreateBackupPlan with a rule whose Lifecycle has DeleteAfterDays 36,501 is refused with HTTP 400 InvalidParameterValueException.",
    citations: [B.ruleRetentionMaximum, B.invalidParameter400],
    needs: [],
    async run(t) {
      const target = await t.vaults.create(t.regions.primary, "retention");
      const rule = { ...ruleInput("retention", target), Lifecycle: { DeleteAfterDays: MAX_DAYS + 1 } };
      await expectServiceError(
        `CreateBackupPlan with a rule lifecycle of DeleteAfterDays ${MAX_DAYS + 1}`,
        () => new PlanFixtures(t).create(t.regions.primary, "retention", [rule]),
        REFUSED,
      );
    },
  },
  {
    id: "BKP-PLAN-RULE-LC-003",
    level: "required",
    title: "CreateBackupPlan accepts a rule whose lifecycle keeps recovery points exactly 100 years",
    asserts:
      "CreateBackupPlan with a rule whose Lifecycle has DeleteAfterDays 36,500 is accepted, and GetBackupPlan gives the rule that lifecycle.",
    citations: [B.ruleRetentionMaximum],
    needs: [],
    async run(t) {
      const target = await t.vaults.create(t.regions.primary, "retention");
      const rule = { ...ruleInput("retention", target), Lifecycle: { DeleteAfterDays: MAX_DAYS } };
      const plans = new PlanFixtures(t);
      const plan = await plans.create(t.regions.primary, "retention", [rule]);
      const { rule: stored } = await plans.rule(plan, "retention");
      expectEqual("the rule's Lifecycle.DeleteAfterDays", stored.Lifecycle?.DeleteAfterDays, MAX_DAYS);
    },
  },
];
