import { WELL_KNOWN } from "../../../harness/regions.js";
import type { Capability } from "../../../registry/capability.js";
import { B } from "../citations.js";
import type { BackupContext, Check } from "../context.js";
import { expectCopy, expectNoCopy } from "../fixtures/copy-outcomes.js";
import { backUp, pointAndVault, secondAccountVault } from "../fixtures/resources.js";

/**
 * The China and GovCloud Regions copy only to each other (B12). Each check backs up an EFS file system in one Region
 * and copies it into a vault it made in another, so a refusal can only come from the Regions.
 */

/** The other Region of the China pair. */
const otherChina = (region: string) => (region === WELL_KNOWN.china ? WELL_KNOWN.chinaNorthwest : WELL_KNOWN.china);

const WHICH = "Which of the two is undocumented, so the check accepts either and fails only a copy that completes.";

interface Between {
  id: string;
  title: string;
  /** The source and destination Regions, in words (for `asserts`) and for the run. */
  from: string;
  to: string;
  route(t: BackupContext): [string, string];
  copied: boolean;
  citation: (typeof B)[keyof typeof B];
  needs: Capability;
}

/** A check that an EFS copy along `route` is made (`copied`) or not. */
function between(b: Between): Check {
  return {
    id: b.id,
    level: "required",
    title: b.title,
    asserts: b.copied
      ? `An EFS recovery point in ${b.from} is copied into a vault of ${b.to}: StartCopyJob is accepted and the job ends COMPLETED.`
      : `StartCopyJob of an EFS recovery point in ${b.from} into a vault of ${b.to} is refused with a client error, or the job ends FAILED. ${WHICH}`,
    citations: [b.citation],
    needs: [b.needs, "billable", "backup-invented-resources"],
    async run(t) {
      const [from, to] = b.route(t);
      const { source, destination } = await pointAndVault(t, "EFS", from, to);
      await (b.copied ? expectCopy : expectNoCopy)(t, `a copy from ${from} to ${to}`, source, destination.arn);
    },
  };
}

const china = { citation: B.chinaPartition, needs: "china-region" } as const;
const govCloud = { citation: B.govCloudPartition, needs: "govcloud-regions" } as const;

export const partitionRegionChecks: readonly Check[] = [
  between({
    ...china,
    id: "BKP-PART-CN-001",
    title: "A copy from a China Region into a standard Region is not made",
    from: "the China Region of the run",
    to: "the primary (standard) Region",
    route: (t) => [t.region("china"), t.regions.primary],
    copied: false,
  }),
  between({
    ...china,
    id: "BKP-PART-CN-002",
    title: "A copy between the two China Regions is made",
    from: "the China Region of the run",
    to: "the other China Region (cn-north-1 and cn-northwest-1)",
    route: (t) => [t.region("china"), otherChina(t.region("china"))],
    copied: true,
  }),
  between({
    ...govCloud,
    id: "BKP-PART-GOV-001",
    title: "A copy from AWS GovCloud (US) into a standard Region is not made",
    from: "AWS GovCloud (US-West)",
    to: "the primary (standard) Region",
    route: (t) => [t.region("govWest"), t.regions.primary],
    copied: false,
  }),
  between({
    ...govCloud,
    id: "BKP-PART-GOV-002",
    title: "A copy from a standard Region into AWS GovCloud (US) is not made",
    from: "the primary (standard) Region",
    to: "AWS GovCloud (US-East)",
    route: (t) => [t.regions.primary, t.region("govEast")],
    copied: false,
  }),
  between({
    ...govCloud,
    id: "BKP-PART-GOV-003",
    title: "A copy between the two AWS GovCloud (US) Regions is made",
    from: "AWS GovCloud (US-East)",
    to: "AWS GovCloud (US-West)",
    route: (t) => [t.region("govEast"), t.region("govWest")],
    copied: true,
  }),
  {
    id: "BKP-PART-CN-003",
    level: "required",
    title: "A copy from a China Region into another account is not made",
    asserts: `StartCopyJob of an EFS recovery point in the China Region of the run into a vault of the second account in the other China Region is refused with a client error, or the job ends FAILED. ${WHICH}`,
    citations: [B.chinaNoCrossAccount],
    needs: ["china-region", "second-account", "billable", "backup-invented-resources"],
    async run(t) {
      const china = t.region("china");
      const source = await backUp(t, await t.vaults.create(china, "src"), "EFS");
      const foreign = await secondAccountVault(t, otherChina(china));
      await expectNoCopy(t, "a copy from China into another account", source, foreign.arn);
    },
  },
];
