import { NEPTUNE_OPT_IN_COPY_REGIONS, OPT_IN_REGIONS, SEED_NO_COPY_REGIONS } from "./region-availability.js";
import { isMultiAzDbCluster } from "./resource-types.js";

/** A copy StartCopyJob is asked for: what is copied, from where, and into which vault's account and Region. */
export interface CopyRequest {
  /** The recovery point's ResourceType (resource-types.ts), as stored. */
  type: string | undefined;
  resourceArn: string;
  partition: string;
  from: { account: string; region: string };
  to: { account: string; region: string };
  /** The emulator's legacy option: AWS Backup as the seed page describes it. */
  legacySeed: boolean;
}

/**
 * Why AWS Backup does not make this copy, or undefined when it does. Today's rules come from "AWS Backup feature
 * availability" (FA, https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-feature-availability.html); with `legacySeed`, the seed page's outdated rules are added (the seed's own words in the messages).
 * Partitions and DynamoDB's full management are decided in copy-jobs.ts.
 */
export function copyRefusal(copy: CopyRequest): string | undefined {
  const { type, from, to } = copy;
  const crossRegion = from.region !== to.region;
  const crossAccount = from.account !== to.account;
  const optIn = [from.region, to.region].filter((r) => OPT_IN_REGIONS.has(r));
  // FA footnote 2: "Cross-account copy is not supported for these Regions."
  if (copy.partition === "aws-cn" && crossAccount) {
    return "Cross-account copy is not supported in the China Regions.";
  }
  // FA footnote 3: "Multi-AZ clusters do not currently support any copy operations."
  if (isMultiAzDbCluster(copy.resourceArn)) {
    return "Multi-AZ DB clusters do not support copy operations.";
  }
  if (crossRegion && optIn.length > 0) {
    // FA, "Considerations for opt-in Regions".
    if (type === "DocumentDB" || type === "FSx") {
      return `Cross-Region copy of ${type} is not supported in Regions where opt-in is required (${optIn.join(", ")}).`;
    }
    const neptuneOff = optIn.filter((r) => !NEPTUNE_OPT_IN_COPY_REGIONS.has(r));
    if (type === "Neptune" && neptuneOff.length > 0) {
      return `Cross-Region copy of Neptune is not supported in ${neptuneOff.join(", ")}.`;
    }
  }
  return copy.legacySeed ? seedRefusal(copy, crossRegion, crossAccount) : undefined;
}

/** The seed page's limits (legacy option only; today's documents lift each of them). */
function seedRefusal(copy: CopyRequest, crossRegion: boolean, crossAccount: boolean): string | undefined {
  if (crossRegion && copy.type === "DynamoDB") {
    return "DynamoDB does not support cross-Region backup.";
  }
  if (crossRegion && crossAccount && (copy.type === "RDS" || copy.type === "Aurora")) {
    return "Amazon RDS and Aurora support cross-Region backup, or cross-account backup, but not both.";
  }
  const excluded = [copy.from.region, copy.to.region].filter((r) => SEED_NO_COPY_REGIONS.has(r));
  if (crossRegion && excluded.length > 0) {
    return `Cross-Region backup is not available in ${excluded.join(", ")}.`;
  }
  return undefined;
}
