import { B } from "../citations.js";
import type { Check } from "../context.js";
import { expectCopy, expectNoCopy } from "../fixtures/copy-outcomes.js";
import { backUp, type Kind, MILAN, optInRoute, pointAndVault, secondAccountVault } from "../fixtures/resources.js";

/**
 * Copy limits per resource type (B8, B10): Multi-AZ DB clusters are never copied; in opt-in Regions DocumentDB and
 * FSx are not copied across Regions, Neptune and the rest are.
 */

const EITHER =
  "Whether AWS refuses at once or ends the job FAILED is undocumented, so the check accepts either and fails only a copy that completes.";

/** A check that a cross-Region copy of `kind` out of Cape Town is refused (`copied` false) or made. */
function fromCapeTown(id: string, kind: Kind, copied: boolean, citation: (typeof B)[keyof typeof B]): Check {
  return {
    id,
    level: "required",
    title: `A cross-Region copy of ${kind} from an opt-in Region is ${copied ? "made" : "not made"}`,
    asserts: copied
      ? `A ${kind} recovery point in Africa (Cape Town), an opt-in Region, is copied into a vault of a standard Region: StartCopyJob is accepted and the job ends COMPLETED. Skipped when the target reports another ResourceType for the resource.`
      : `StartCopyJob of a ${kind} recovery point in Africa (Cape Town), an opt-in Region, into a vault of a standard Region is refused with a client error, or the job ends FAILED. ${EITHER} Skipped when the target reports another ResourceType for the resource.`,
    citations: [citation],
    needs: ["billable", "backup-invented-resources"],
    async run(t) {
      const { from, to } = optInRoute(t);
      const { source, destination } = await pointAndVault(t, kind, from, to);
      const what = `a copy of ${kind} from ${from} to ${to}`;
      await (copied ? expectCopy : expectNoCopy)(t, what, source, destination.arn);
    },
  };
}

export const partitionTypeChecks: readonly Check[] = [
  {
    id: "BKP-PART-MAZ-001",
    level: "advisory",
    title: "A backup of an RDS Multi-AZ DB cluster is not copied",
    asserts: `StartCopyJob of the recovery point of an RDS cluster that the target reports as ResourceType RDS (a Multi-AZ DB cluster; Aurora, DocumentDB and Neptune clusters report their own types) into a vault of the second Region is refused with a client error, or the job ends FAILED. ${EITHER}`,
    undocumented:
      "how a Multi-AZ DB cluster is told apart: its ARN has the same form as an Aurora, DocumentDB or Neptune cluster's, and that AWS Backup reports it as ResourceType RDS is inferred; the check uses the reference emulator's convention (a cluster identifier starting multi-az-) and is skipped where the target reports another type",
    citations: [B.multiAzClusterNoCopy],
    needs: ["second-region", "billable", "backup-invented-resources"],
    async run(t) {
      const { source, destination } = await pointAndVault(
        t,
        "Multi-AZ DB cluster",
        t.regions.primary,
        t.destinationRegion,
      );
      await expectNoCopy(t, "a copy of a Multi-AZ DB cluster", source, destination.arn);
    },
  },
  fromCapeTown("BKP-PART-OPTIN-001", "DocumentDB", false, B.optInDocumentDb),
  fromCapeTown("BKP-PART-OPTIN-002", "FSx", false, B.optInFsx),
  fromCapeTown("BKP-PART-OPTIN-003", "Neptune", true, B.optInNeptune),
  fromCapeTown("BKP-PART-OPTIN-004", "EFS", true, B.capeTownCopies),
  {
    id: "BKP-PART-RDS-001",
    level: "required",
    title: "An RDS backup is copied into another Region and another account in one copy",
    asserts:
      "An RDS database's recovery point in the primary Region is copied into a vault of the second account in the second Region: StartCopyJob is accepted and the job ends COMPLETED (the seed page's \"not both\" is gone: BKP-PART-SEED-002).",
    citations: [B.rdsSingleAction],
    needs: ["second-region", "second-account", "billable", "backup-invented-resources"],
    async run(t) {
      const source = await backUp(t, await t.vaults.create(t.regions.primary, "src"), "RDS");
      const foreign = await secondAccountVault(t, t.destinationRegion);
      await expectCopy(t, "an RDS copy into another Region and account", source, foreign.arn);
    },
  },
  {
    id: "BKP-PART-OPTIN-005",
    level: "advisory",
    title: "A cross-Region copy of Neptune from an opt-in Region outside Neptune's list is not made",
    asserts: `StartCopyJob of a Neptune recovery point in Europe (Milan), an opt-in Region the page does not list for Neptune, into a vault of a standard Region is refused with a client error, or the job ends FAILED. ${EITHER} Skipped when the target reports another ResourceType for the resource.`,
    undocumented:
      "the page lists the opt-in Regions where Neptune's cross-Region copy is supported; that it is not supported in the others (Milan here) is inferred",
    citations: [B.optInNeptune],
    needs: ["billable", "backup-invented-resources"],
    async run(t) {
      const { from, to } = optInRoute(t, MILAN);
      const { source, destination } = await pointAndVault(t, "Neptune", from, to);
      await expectNoCopy(t, `a copy of Neptune from ${from} to ${to}`, source, destination.arn);
    },
  },
];
