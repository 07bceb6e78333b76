import type { BackupResources } from "../harness/target-types.js";
import { ConfigError, describeValue, expectObject, expectString, rejectUnknownKeys } from "./validate.js";

/**
 * What a real-AWS run of the AWS Backup checks needs, which AWS cannot invent: a resource to back up, the role AWS
 * Backup assumes, and optionally a DynamoDB table. Emulators accept any resource ARN, so there the fixtures invent
 * them and none of this is needed.
 */
export const BACKUP_KEYS = ["resourceArn", "iamRoleArn", "dynamoDbTableArn"] as const;

/** The resource types the suite backs up from `backup.resourceArn`, by the ARN's service and resource part. */
const RESOURCE_TYPES: readonly { type: string; service: string; resource: RegExp }[] = [
  { type: "EFS", service: "elasticfilesystem", resource: /^file-system\/fs-[0-9a-f]{8,40}$/ },
  { type: "EBS", service: "ec2", resource: /^volume\/vol-[0-9a-f]{8,17}$/ },
  { type: "RDS", service: "rds", resource: /^db:[a-zA-Z][a-zA-Z0-9-]{0,62}$/ },
  { type: "Aurora", service: "rds", resource: /^cluster:[a-zA-Z][a-zA-Z0-9-]{0,62}$/ },
];

const ARN = /^arn:(aws|aws-us-gov|aws-cn):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|):(.+)$/;

type ArnParts = { text: string; service: string; region: string; account: string; resource: string };

/** An ARN whose parts satisfy `fits`, or a ConfigError naming `where`, what was expected and what was found. */
function expectArn(where: string, value: unknown, expected: string, fits: (arn: ArnParts) => boolean): string {
  const text = expectString(where, value, ARN, expected);
  const [, , service = "", region = "", account = "", resource = ""] = ARN.exec(text) ?? [];
  if (!fits({ text, service, region, account, resource })) {
    throw new ConfigError(`${where} must be ${expected}, got ${describeValue(value)}`);
  }
  return text;
}

/** The AWS Backup resource type of a resource ARN (AWS Backup reads the type from the ARN), if the suite backs it up. */
export function backupResourceType(arn: string): string | undefined {
  const m = ARN.exec(arn);
  return RESOURCE_TYPES.find((r) => r.service === m?.[2] && r.resource.test(m?.[5] ?? ""))?.type;
}

const RESOURCE_EXPECTED =
  "the ARN of an existing EFS file system (cheapest), EBS volume, RDS instance or Aurora cluster, such as arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef0";
const ROLE_EXPECTED =
  "the ARN of the IAM role AWS Backup assumes, such as arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole";
const TABLE_EXPECTED =
  "the ARN of an existing DynamoDB table, such as arn:aws:dynamodb:us-east-1:123456789012:table/my-table";

export function expectResourceArn(where: string, value: unknown): string {
  if (typeof value === "string" && ARN.exec(value)?.[2] === "dynamodb") {
    throw new ConfigError(
      `${where} names a DynamoDB table: give it as the DynamoDB table ARN instead (${RESOURCE_EXPECTED})`,
    );
  }
  return expectArn(
    where,
    value,
    RESOURCE_EXPECTED,
    (arn) => arn.region !== "" && arn.account !== "" && backupResourceType(arn.text) !== undefined,
  );
}

export function expectRoleArn(where: string, value: unknown): string {
  return expectArn(
    where,
    value,
    ROLE_EXPECTED,
    (arn) =>
      arn.service === "iam" &&
      arn.region === "" &&
      arn.account !== "" &&
      /^role\/[\w+=,.@/-]{1,512}$/.test(arn.resource),
  );
}

export function expectTableArn(where: string, value: unknown): string {
  return expectArn(
    where,
    value,
    TABLE_EXPECTED,
    (arn) =>
      arn.service === "dynamodb" &&
      arn.region !== "" &&
      arn.account !== "" &&
      /^table\/[\w.-]{3,255}$/.test(arn.resource),
  );
}

/** The config file's `backup` object, validated. */
export function parseBackupSection(where: string, value: unknown): BackupResources {
  const o = expectObject(where, value);
  rejectUnknownKeys(where, o, BACKUP_KEYS);
  return {
    ...(o.resourceArn === undefined ? {} : { resourceArn: expectResourceArn(`${where}.resourceArn`, o.resourceArn) }),
    ...(o.iamRoleArn === undefined ? {} : { iamRoleArn: expectRoleArn(`${where}.iamRoleArn`, o.iamRoleArn) }),
    ...(o.dynamoDbTableArn === undefined
      ? {}
      : { dynamoDbTableArn: expectTableArn(`${where}.dynamoDbTableArn`, o.dynamoDbTableArn) }),
  };
}

/**
 * Checks the resources against the run's primary region: AWS Backup backs a resource up into a vault of the
 * resource's own Region, and the suite's source vaults are in the primary region.
 */
export function checkBackupRegions(backup: BackupResources, primary: string): void {
  for (const [key, arn] of [
    ["resourceArn", backup.resourceArn],
    ["dynamoDbTableArn", backup.dynamoDbTableArn],
  ] as const) {
    const region = arn?.split(":")[3];
    if (arn && region !== primary) {
      throw new ConfigError(
        `backup.${key} is in ${region}, but the primary region is ${primary}: AWS Backup backs a resource up into a vault of the resource's Region, so give a resource in ${primary} (or set the primary region to ${region})`,
      );
    }
  }
}
