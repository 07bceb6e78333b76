import { paginateListBackupPlans } from "@cloudhsm-kit/client/backup";
import { expectDefined, expectEqual, expectTrue } from "../../../harness/assert.js";
import { expectServiceError } from "../../../harness/service-error.js";
import { B } from "../citations.js";
import type { BackupContext, Check } from "../context.js";
import { inventedResourceArn } from "../fixtures/copies.js";
import { type CopyAction, type Plan, PlanFixtures, ruleInput } from "../fixtures/plans.js";

/** 30 days to cold storage and deletion at 119: one day short of "at least 90 days after". */
const TOO_SHORT = { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 119 };
/** 30 and 120: exactly 90 days apart, the boundary "at least 90 days after" accepts. */
const BOUNDARY = { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 120 };
const REFUSED = { names: ["InvalidParameterValueException"], status: 400 };
const RULE = "conformance-rule";

/** A vault for a plan's rule and one for its copy action, both in the primary Region (a copy to another vault). */
async function vaultsFor(t: BackupContext) {
  const target = await t.vaults.create(t.regions.primary, "plan");
  const destination = await t.vaults.create(t.regions.primary, "copy");
  return { target, destination };
}

/** A plan whose one rule copies to `destination` with `copyActions`; its fixtures too. */
async function planWith(t: BackupContext, copyActions: (destination: string) => CopyAction[]) {
  const plans = new PlanFixtures(t);
  const { target, destination } = await vaultsFor(t);
  const plan = await plans.create(t.regions.primary, "plan", [ruleInput(RULE, target, copyActions(destination.arn))]);
  return { plans, plan, target, destination };
}

/** The copy actions as "ARN cold/delete" lines, sorted: what a round trip must give back. */
const shown = (actions: readonly CopyAction[] | undefined) =>
  (actions ?? [])
    .map(
      (a) =>
        `${a.DestinationBackupVaultArn} ${a.Lifecycle?.MoveToColdStorageAfterDays}/${a.Lifecycle?.DeleteAfterDays}`,
    )
    .sort()
    .join("; ");

/** Every active plan ListBackupPlans gives in the plan's Region. */
async function listed(t: BackupContext, plan: Plan) {
  const plans = [];
  for await (const page of paginateListBackupPlans(t.backup(plan.region), {})) {
    plans.push(...(page.BackupPlansList ?? []));
  }
  return plans;
}

export const planChecks: readonly Check[] = [
  {
    id: "BKP-PLAN-COPY-LC-001",
    level: "required",
    title:
      "CreateBackupPlan refuses a copy action whose lifecycle deletes less than 90 days after the move to cold storage",
    asserts:
      "CreateBackupPlan with a rule whose CopyActions[0].Lifecycle has MoveToColdStorageAfterDays 30 and DeleteAfterDays 119 is refused with HTTP 400 InvalidParameterValueException.",
    citations: [B.deleteAfterDays, B.invalidParameter400],
    needs: [],
    async run(t) {
      const { target, destination } = await vaultsFor(t);
      const action = { DestinationBackupVaultArn: destination.arn, Lifecycle: TOO_SHORT };
      await expectServiceError(
        "CreateBackupPlan with a copy action of cold 30 / delete 119",
        () => new PlanFixtures(t).create(t.regions.primary, "lc", [ruleInput(RULE, target, [action])]),
        REFUSED,
      );
    },
  },
  {
    id: "BKP-PLAN-COPY-LC-002",
    level: "required",
    title:
      "CreateBackupPlan accepts a copy action whose lifecycle deletes exactly 90 days after the move to cold storage",
    asserts:
      "CreateBackupPlan with a copy action whose Lifecycle has MoveToColdStorageAfterDays 30 and DeleteAfterDays 120 (at least 90 days after) is accepted, and GetBackupPlan gives the copy action that lifecycle.",
    citations: [B.deleteAfterDays],
    needs: [],
    async run(t) {
      const { plans, plan } = await planWith(t, (arn) => [{ DestinationBackupVaultArn: arn, Lifecycle: BOUNDARY }]);
      const { rule } = await plans.rule(plan, RULE);
      const lifecycle = rule.CopyActions?.[0]?.Lifecycle;
      expectEqual("the copy action's MoveToColdStorageAfterDays", lifecycle?.MoveToColdStorageAfterDays, 30);
      expectEqual("the copy action's DeleteAfterDays", lifecycle?.DeleteAfterDays, 120);
    },
  },
  {
    id: "BKP-PLAN-UPDATE-LC-001",
    level: "required",
    title:
      "UpdateBackupPlan refuses a copy action whose lifecycle deletes less than 90 days after the move to cold storage",
    asserts:
      "UpdateBackupPlan of an existing plan with a rule whose copy action has MoveToColdStorageAfterDays 30 and DeleteAfterDays 119 is refused with HTTP 400 InvalidParameterValueException.",
    citations: [B.deleteAfterDays, B.invalidParameter400],
    needs: [],
    async run(t) {
      const { plan, target, destination } = await planWith(t, (arn) => [{ DestinationBackupVaultArn: arn }]);
      const action = { DestinationBackupVaultArn: destination.arn, Lifecycle: TOO_SHORT };
      await expectServiceError(
        "UpdateBackupPlan with a copy action of cold 30 / delete 119",
        () =>
          t.backup(plan.region).updateBackupPlan({
            BackupPlanId: plan.id,
            BackupPlan: { BackupPlanName: plan.name, Rules: [ruleInput(RULE, target, [action])] },
          }),
        REFUSED,
      );
    },
  },
  {
    id: "BKP-PLAN-RULE-LC-001",
    level: "required",
    title: "CreateBackupPlan refuses a rule whose lifecycle deletes less than 90 days after the move to cold storage",
    asserts:
      "CreateBackupPlan with a rule whose own Lifecycle has MoveToColdStorageAfterDays 30 and DeleteAfterDays 119 is refused with HTTP 400 InvalidParameterValueException.",
    citations: [B.ruleColdGap, B.deleteAfterDays, B.invalidParameter400],
    needs: [],
    async run(t) {
      const { target } = await vaultsFor(t);
      await expectServiceError(
        "CreateBackupPlan with a rule lifecycle of cold 30 / delete 119",
        () =>
          new PlanFixtures(t).create(t.regions.primary, "lc", [{ ...ruleInput(RULE, target), Lifecycle: TOO_SHORT }]),
        REFUSED,
      );
    },
  },
  {
    id: "BKP-PLAN-DEST-ARN-001",
    level: "advisory",
    title: "CreateBackupPlan refuses a copy action whose destination is not a backup vault ARN",
    asserts:
      "CreateBackupPlan with a copy action whose DestinationBackupVaultArn is the destination vault's name rather than its ARN is refused with HTTP 400 InvalidParameterValueException.",
    citations: [B.copyActionDestination, B.invalidParameter400],
    undocumented:
      "the model says only that DestinationBackupVaultArn is the destination vault's ARN, a string without a pattern (aws-backup-copy.md §4: ARN checks are server-side only, UNDOC); whether CreateBackupPlan refuses anything else, and with which error, is not documented",
    needs: [],
    async run(t) {
      const { target, destination } = await vaultsFor(t);
      await expectServiceError(
        "CreateBackupPlan with a vault name as DestinationBackupVaultArn",
        () =>
          new PlanFixtures(t).create(t.regions.primary, "arn", [
            ruleInput(RULE, target, [{ DestinationBackupVaultArn: destination.name }]),
          ]),
        REFUSED,
      );
    },
  },
  {
    id: "BKP-PLAN-ROUNDTRIP-001",
    level: "required",
    title: "GetBackupPlan returns a rule's copy actions as they were created",
    asserts:
      "After CreateBackupPlan with a rule of two copy actions (one with Lifecycle 30/120, one without), GetBackupPlan returns the plan's id and the VersionId CreateBackupPlan gave, and the rule (with a RuleId) with exactly those copy actions: each DestinationBackupVaultArn with its lifecycle.",
    citations: [B.getBackupPlan, B.copyActions],
    needs: [],
    async run(t) {
      const second = await t.vaults.create(t.regions.primary, "copy2");
      const actions = (arn: string): CopyAction[] => [
        { DestinationBackupVaultArn: arn, Lifecycle: BOUNDARY },
        { DestinationBackupVaultArn: second.arn },
      ];
      const { plans, plan, destination } = await planWith(t, actions);
      const { out, rule } = await plans.rule(plan, RULE);
      expectEqual("GetBackupPlan's BackupPlanId", out.BackupPlanId, plan.id);
      expectEqual("GetBackupPlan's VersionId", out.VersionId, plan.versionId);
      expectDefined("the rule's RuleId", rule.RuleId);
      expectEqual("the rule's copy actions", shown(rule.CopyActions), shown(actions(destination.arn)));
    },
  },
  {
    id: "BKP-PLAN-UPDATE-001",
    level: "required",
    title: "UpdateBackupPlan replaces a rule's copy actions under a new VersionId",
    asserts:
      "UpdateBackupPlan giving the rule a different copy action (another vault, DeleteAfterDays 365) returns a VersionId other than the first; GetBackupPlan then returns that VersionId and exactly the new copy action.",
    citations: [B.updateBackupPlan, B.getBackupPlan],
    needs: [],
    async run(t) {
      const { plans, plan, target } = await planWith(t, (arn) => [
        { DestinationBackupVaultArn: arn, Lifecycle: BOUNDARY },
      ]);
      const other = await t.vaults.create(t.regions.primary, "copy2");
      const actions: CopyAction[] = [{ DestinationBackupVaultArn: other.arn, Lifecycle: { DeleteAfterDays: 365 } }];
      const updated = await t.backup(plan.region).updateBackupPlan({
        BackupPlanId: plan.id,
        BackupPlan: { BackupPlanName: plan.name, Rules: [ruleInput(RULE, target, actions)] },
      });
      const version = expectDefined("UpdateBackupPlan's VersionId", updated.VersionId);
      expectTrue(`the new VersionId ${version} differs from the first ${plan.versionId}`, version !== plan.versionId);
      const { out, rule } = await plans.rule(plan, RULE);
      expectEqual("GetBackupPlan's VersionId", out.VersionId, version);
      expectEqual("the rule's copy actions", shown(rule.CopyActions), shown(actions));
    },
  },
  {
    id: "BKP-PLAN-LIST-001",
    level: "required",
    title: "ListBackupPlans lists an active plan",
    asserts:
      "After CreateBackupPlan, ListBackupPlans (every page) lists the plan once, with its BackupPlanName and the VersionId CreateBackupPlan gave.",
    citations: [B.listBackupPlans],
    needs: [],
    async run(t) {
      const { plan } = await planWith(t, (arn) => [{ DestinationBackupVaultArn: arn }]);
      const mine = (await listed(t, plan)).filter((p) => p.BackupPlanId === plan.id);
      expectEqual(`the plans listed with id ${plan.id}`, mine.length, 1);
      expectEqual("the listed BackupPlanName", mine[0]?.BackupPlanName, plan.name);
      expectEqual("the listed VersionId", mine[0]?.VersionId, plan.versionId);
    },
  },
  {
    id: "BKP-PLAN-DELETE-001",
    level: "required",
    title: "DeleteBackupPlan refuses a plan that still has a selection",
    asserts: "DeleteBackupPlan of a plan with a resource selection is refused with HTTP 400 InvalidRequestException.",
    citations: [B.deletePlanAfterSelections, B.invalidRequest],
    needs: [],
    async run(t) {
      const { plans, plan, target } = await planWith(t, (arn) => [{ DestinationBackupVaultArn: arn }]);
      await plans.select(plan, [inventedResourceArn("resource", plan.region, target.account)], target.account);
      await expectServiceError(
        "DeleteBackupPlan of a plan with a selection",
        () => t.backup(plan.region).deleteBackupPlan({ BackupPlanId: plan.id }),
        { names: ["InvalidRequestException"], status: 400 },
      );
    },
  },
  {
    id: "BKP-PLAN-DELETE-002",
    level: "required",
    title: "DeleteBackupPlan deletes a plan once its selections are gone, and ListBackupPlans no longer lists it",
    asserts:
      "After DeleteBackupSelection of its only selection, DeleteBackupPlan succeeds with a DeletionDate, and ListBackupPlans (active plans) no longer lists the plan.",
    citations: [B.deletePlanAfterSelections, B.listBackupPlans],
    needs: [],
    async run(t) {
      const { plans, plan, target } = await planWith(t, (arn) => [{ DestinationBackupVaultArn: arn }]);
      const client = t.backup(plan.region);
      const selection = await plans.select(
        plan,
        [inventedResourceArn("resource", plan.region, target.account)],
        target.account,
      );
      await client.deleteBackupSelection({ BackupPlanId: plan.id, SelectionId: selection });
      const deleted = await client.deleteBackupPlan({ BackupPlanId: plan.id });
      expectDefined("DeleteBackupPlan's DeletionDate", deleted.DeletionDate);
      const still = (await listed(t, plan)).filter((p) => p.BackupPlanId === plan.id);
      expectEqual(`the active plans listed with id ${plan.id}`, still.length, 0);
    },
  },
  {
    id: "BKP-PLAN-IDEMPOTENCY-001",
    level: "required",
    title: "CreateBackupPlan repeated with the same CreatorRequestId returns the same plan",
    asserts:
      "A second CreateBackupPlan with the same plan document and CreatorRequestId succeeds and returns the BackupPlanId of the first.",
    citations: [B.planCreatorRequestId],
    needs: [],
    async run(t) {
      const { target, destination } = await vaultsFor(t);
      const plans = new PlanFixtures(t);
      const rules = [ruleInput(RULE, target, [{ DestinationBackupVaultArn: destination.arn }])];
      const input = plans.input("idem", rules, `conformance-${Math.random().toString(36).slice(2, 12)}`);
      const first = await plans.createFrom(t.regions.primary, input);
      const again = await t.backup(t.regions.primary).createBackupPlan(input);
      expectEqual("the BackupPlanId of the repeated CreateBackupPlan", again.BackupPlanId, first.id);
    },
  },
];
