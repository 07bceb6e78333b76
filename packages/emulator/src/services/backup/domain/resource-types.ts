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
  | "DynamoDB"
  | "S3"
  | "FSx"
  | "Storage Gateway"
  | "Redshift";

const BY_ARN: readonly [RegExp, ResourceType][] = [
  [/^arn:[^:]+:ec2:[^:]*:[^:]*:volume\//, "EBS"],
  [/^arn:[^:]+:ec2:[^:]*:[^:]*:instance\//, "EC2"],
  [/^arn:[^:]+:elasticfilesystem:[^:]*:[^:]*:file-system\//, "EFS"],
  [/^arn:[^:]+:rds:[^:]*:[^:]*:db:/, "RDS"],
  [/^arn:[^:]+:rds:[^:]*:[^:]*:cluster:/, "Aurora"],
  [/^arn:[^:]+:dynamodb:[^:]*:[^:]*:table\//, "DynamoDB"],
  [/^arn:[^:]+:s3:::/, "S3"],
  [/^arn:[^:]+:fsx:[^:]*:[^:]*:file-system\//, "FSx"],
  [/^arn:[^:]+:storagegateway:[^:]*:[^:]*:gateway\/[^/]+\/volume\//, "Storage Gateway"],
  [/^arn:[^:]+:redshift:[^:]*:[^:]*:cluster:/, "Redshift"],
];

/** The resource type of a resource ARN, or undefined when AWS Backup does not back that resource up. */
export const resourceTypeOf = (arn: string): ResourceType | undefined => BY_ARN.find(([p]) => p.test(arn))?.[1];

/**
 * Resource types whose backups can move to cold storage: the "Lifecycle to cold storage" column of the feature
 * availability table (https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-feature-availability.html) — EFS,
 * EBS (Archive Tier, not in the China and GovCloud Regions), DynamoDB with advanced features. RDS and Aurora have none.
 */
export function supportsColdStorage(type: ResourceType, region: string, dynamoDbAdvanced: boolean): boolean {
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
