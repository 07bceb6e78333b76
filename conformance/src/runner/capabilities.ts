import { type Discovered, discoveredIn } from "../harness/discovery.js";
import type { RegionPlan } from "../harness/target-types.js";
import type { Capability } from "../registry/capability.js";

/** What the capability decisions read: the plan, what the config offers, what the target showed. */
export interface CapabilityInputs {
  control: boolean;
  /** An endpoint (an emulator: every region, any keys, clusters cost nothing) rather than AWS. */
  endpoint: boolean;
  regions: RegionPlan;
  readyBackups: Readonly<Record<string, string>>;
  discovered: Discovered;
  /** Partitions other than aws for which AWS credentials are configured. */
  partitionCredentials: ReadonlySet<string>;
  legacyClusterIdCopy: boolean;
  /** The target declares the AWS Backup seed page's behaviour (config legacyBackupSeed). */
  legacyBackupSeed?: boolean;
  allowBillable: boolean;
  /** The config names a resource for AWS Backup to back up (config backup.resourceArn). */
  backupResource?: boolean;
  /** The config names a DynamoDB table for AWS Backup (config backup.dynamoDbTableArn). */
  backupDynamoDbTable?: boolean;
  secondAccount: boolean;
}

export interface Capabilities {
  has: Set<Capability>;
  /** For each missing capability, what the target would need to offer. */
  missing: Map<Capability, string>;
}

/**
 * Decides what the target offers. The control protocol is needed only for what the public API cannot do (moving
 * time, failing a copy on purpose, activating a cluster); READY backups come from the config or from what the
 * target already lists; clusters, recovery points and copies may be created on any emulator endpoint, and on AWS only
 * with --allow-billable; AWS Backup backs up invented resources on an emulator, and on AWS the configured ones.
 */
export function decideCapabilities(i: CapabilityInputs): Capabilities {
  const has = new Set<Capability>();
  const missing = new Map<Capability, string>();
  const decide = (cap: Capability, ok: boolean, why: string) => (ok ? has.add(cap) : missing.set(cap, why));
  const readyIn = (region: string | undefined) =>
    !!region && (i.control || !!i.readyBackups[region] || discoveredIn(i.discovered, region, "READY").length > 0);
  const reachable = (partition: string) => i.endpoint || i.partitionCredentials.has(partition);
  const { primary, second, govEast, govWest, china } = i.regions;
  const listed = (region: string) => {
    const problem = i.discovered.problems.get(region);
    return problem ? ` (DescribeBackups in ${region} failed: ${problem})` : "";
  };

  decide("control", i.control, "needs the emulator control protocol (GET /_emulator/v1/info did not answer)");
  decide("second-region", !!second, "needs a second standard region (config regions.second)");
  decide(
    "ready-backup",
    readyIn(primary),
    `needs a READY backup in ${primary}: config "readyBackups", one DescribeBackups lists there, or the control protocol${listed(primary)}`,
  );
  decide(
    "govcloud-regions",
    !!govEast && !!govWest && (readyIn(govEast) || readyIn(govWest)) && reachable("aws-us-gov"),
    "needs both AWS GovCloud (US) regions and a READY backup in one of them (config regions.govEast/govWest, readyBackups or one listed there, and partitionCredentials.aws-us-gov on AWS)",
  );
  decide(
    "china-region",
    readyIn(china) && reachable("aws-cn"),
    "needs a China region with a READY backup (config regions.china, readyBackups or one listed there, and partitionCredentials.aws-cn on AWS)",
  );
  decide(
    "legacy-cluster-id",
    i.legacyClusterIdCopy,
    "the target does not declare the 2018–2023 ClusterId option of CopyBackupToRegion (control settings legacyClusterIdCopy, or config legacyClusterIdCopy)",
  );
  decide(
    "legacy-backup-seed",
    i.legacyBackupSeed === true,
    "the target does not declare the AWS Backup seed page's behaviour (its outdated rules: no cross-Region DynamoDB copy, no RDS or Aurora copy into another Region and account at once, no copy in Hong Kong, Bahrain, Milan or Cape Town, cold storage for EFS only; config legacyBackupSeed)",
  );
  decide(
    "billable",
    i.endpoint || i.allowBillable,
    "creates what AWS bills — CloudHSM clusters and HSMs (per HSM-hour), AWS Backup recovery points and their cross-Region copies (backup storage, cross-Region transfer): run with --allow-billable",
  );
  // An emulator backs up any resource ARN the fixtures invent; AWS only one that exists.
  decide(
    "backup-resource",
    i.endpoint || i.backupResource === true,
    "needs an existing resource for AWS Backup to back up in the primary region (an EFS file system is cheapest): config backup.resourceArn, --backup-resource or CONFORMANCE_BACKUP_RESOURCE_ARN",
  );
  decide(
    "backup-dynamodb-table",
    i.endpoint || i.backupDynamoDbTable === true,
    "needs an existing DynamoDB table in the primary region: config backup.dynamoDbTableArn, --backup-dynamodb-table or CONFORMANCE_BACKUP_DYNAMODB_TABLE_ARN",
  );
  decide(
    "backup-invented-resources",
    i.endpoint,
    "backs up resources the run invents (types and Regions one configured resource cannot stand for: EBS beside EFS, DocumentDB, Neptune, FSx, Multi-AZ DB clusters, opt-in, China or GovCloud Regions), which exist only on an emulator",
  );
  decide("second-account", i.secondAccount, "needs a second account (config secondAccount)");
  return { has, missing };
}
