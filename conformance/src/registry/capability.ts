/**
 * What a check needs from the target. A check whose needs the target cannot meet is skipped with the reason.
 * - `control`: the emulator control protocol (GET /_emulator/v1/info answers).
 * - `second-region`: a second standard-partition region.
 * - `govcloud-regions`: both AWS GovCloud (US) regions.
 * - `china-region`: a region of the aws-cn partition.
 * - `ready-backup`: a READY backup in the primary region (built through the control protocol, or named in the config).
 * - `legacy-cluster-id`: the target implements the 2018–2023 ClusterId option of CopyBackupToRegion.
 * - `legacy-backup-seed`: the target implements AWS Backup as the seed page (an earlier version of "Creating backup
 *   copies across AWS Regions") describes it: no cross-Region DynamoDB copy, no RDS or Aurora copy into another
 *   Region and account at once, no copy in Hong Kong, Bahrain, Milan or Cape Town, cold storage for EFS only.
 * - `billable`: creates resources that cost money on AWS (needs --allow-billable there): CloudHSM clusters and HSMs,
 *   AWS Backup recovery points and copies.
 * - `backup-resource`: a resource AWS Backup can back up (any ARN on an emulator; on AWS the configured one).
 * - `backup-dynamodb-table`: a DynamoDB table AWS Backup can back up (any ARN on an emulator; on AWS the configured
 *   one).
 * - `backup-invented-resources`: backs up resources the run invents — types and Regions one configured resource
 *   cannot stand for (EBS beside EFS, DocumentDB, Neptune, FSx, Multi-AZ DB clusters, resources in opt-in, China
 *   or GovCloud Regions): any emulator; not AWS, where they would have to exist.
 * - `second-account`: a second set of credentials (another account) for sharing checks.
 */
export type Capability =
  | "control"
  | "second-region"
  | "govcloud-regions"
  | "china-region"
  | "ready-backup"
  | "legacy-cluster-id"
  | "legacy-backup-seed"
  | "billable"
  | "backup-resource"
  | "backup-dynamodb-table"
  | "backup-invented-resources"
  | "second-account";

export const CAPABILITIES: readonly Capability[] = [
  "control",
  "second-region",
  "govcloud-regions",
  "china-region",
  "ready-backup",
  "legacy-cluster-id",
  "legacy-backup-seed",
  "billable",
  "backup-resource",
  "backup-dynamodb-table",
  "backup-invented-resources",
  "second-account",
];
