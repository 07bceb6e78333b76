/**
 * AWS Backup's resource types as ARNs name them, and what each may do with a copy. The type is read from the
 * resource's ARN (its service and resource kind), as AWS Backup does for StartBackupJob.
 */
export type ResourceType =
  | "EBS"
  | "EC2"
  | "EFS"
  | "RDS"
  | "Aurora"
  | "DocumentDB"
  | "Neptune"
  | "DynamoDB"
  | "S3"
  | "FSx"
  | "Storage Gateway"
  | "Redshift";

/**
 * Aurora, DocumentDB, Neptune and RDS Multi-AZ DB clusters all have `arn:…:rds:…:cluster:<id>` ARNs: AWS Backup
 * learns the engine from RDS, which the emulator does not serve. The emulator decides by the cluster identifier
 * instead (its README says so): `docdb-…` is DocumentDB, `neptune-…` Neptune, `multi-az-…` an RDS Multi-AZ DB cluster
 * (resource type RDS), any other identifier Aurora.
 */
const CLUSTER = "^arn:[^:]+:rds:[^:]*:[^:]*:cluster:";

const BY_ARN: readonly [RegExp, ResourceType][] = [
  [/^arn:[^:]+:ec2:[^:]*:[^:]*:volume\//, "EBS"],
  [/^arn:[^:]+:ec2:[^:]*:[^:]*:instance\//, "EC2"],
  [/^arn:[^:]+:elasticfilesystem:[^:]*:[^:]*:file-system\//, "EFS"],
  [/^arn:[^:]+:rds:[^:]*:[^:]*:db:/, "RDS"],
  [new RegExp(`${CLUSTER}docdb-`), "DocumentDB"],
  [new RegExp(`${CLUSTER}neptune-`), "Neptune"],
  [new RegExp(`${CLUSTER}multi-az-`), "RDS"],
  [new RegExp(CLUSTER), "Aurora"],
  [/^arn:[^:]+:dynamodb:[^:]*:[^:]*:table\//, "DynamoDB"],
  [/^arn:[^:]+:s3:::/, "S3"],
  [/^arn:[^:]+:fsx:[^:]*:[^:]*:file-system\//, "FSx"],
  [/^arn:[^:]+:storagegateway:[^:]*:[^:]*:gateway\/[^/]+\/volume\//, "Storage Gateway"],
  [/^arn:[^:]+:redshift:[^:]*:[^:]*:cluster:/, "Redshift"],
];

/** The resource type of a resource ARN, or undefined when AWS Backup does not back that resource up. */
export const resourceTypeOf = (arn: string): ResourceType | undefined => BY_ARN.find(([p]) => p.test(arn))?.[1];

/** Whether the resource is an RDS Multi-AZ DB cluster (by the emulator's convention above). */
export const isMultiAzDbCluster = (arn: string): boolean => new RegExp(`${CLUSTER}multi-az-`).test(arn);

/**
 * Resource types whose backups can move to cold storage: the "Lifecycle to cold storage" column of the feature
 * availability table (https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-feature-availability.html) — EFS,
 * EBS (Archive Tier, not in the China and GovCloud Regions), DynamoDB with advanced features. RDS and Aurora have none.
 * With the seed option (`legacySeed`), only EFS, as the seed page had it.
 */
export function supportsColdStorage(
  type: ResourceType,
  region: string,
  dynamoDbAdvanced: boolean,
  legacySeed = false,
): boolean {
  if (legacySeed) {
    // The seed page: "Currently only Amazon EFS file system backups can be transitioned to cold storage."
    return type === "EFS";
  }
  switch (type) {
    case "EFS":
      return true;
    case "EBS":
      return !/^(cn|us-gov)-/.test(region);
    case "DynamoDB":
      return dynamoDbAdvanced;
    default:
      return false;
  }
}
