import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./args.js";
import { backupResourceType, parseBackupSection } from "./backup.js";
import { parseConfig } from "./file.js";
import { resolveRun } from "./resolve.js";
import { ConfigError } from "./validate.js";

const EFS = "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef0";
const ROLE = "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole";
const TABLE = "arn:aws:dynamodb:us-east-1:123456789012:table/conformance-table";

const resolve = (argv: string[], env: NodeJS.ProcessEnv = {}) => resolveRun(parseCliArgs(argv), env);

describe("the AWS Backup resources of the config", () => {
  it("takes the resource type from the ARN", () => {
    expect(backupResourceType(EFS)).toBe("EFS");
    expect(backupResourceType("arn:aws:ec2:us-east-1:123456789012:volume/vol-0123456789abcdef0")).toBe("EBS");
    expect(backupResourceType("arn:aws:rds:us-east-1:123456789012:db:orders")).toBe("RDS");
    expect(backupResourceType("arn:aws:rds:us-east-1:123456789012:cluster:orders")).toBe("Aurora");
    expect(backupResourceType("arn:aws:s3:::bucket")).toBeUndefined();
  });

  it("reads the config's backup object", () => {
    const config = parseConfig({ backup: { resourceArn: EFS, iamRoleArn: ROLE, dynamoDbTableArn: TABLE } }, "c.json");
    expect(config.backup).toEqual({ resourceArn: EFS, iamRoleArn: ROLE, dynamoDbTableArn: TABLE });
  });

  it.each([
    [{ resourceArn: "fs-0123456789abcdef0" }, '"backup".resourceArn must be the ARN of an existing EFS file system'],
    [{ resourceArn: "arn:aws:s3:::my-bucket" }, '"backup".resourceArn must be the ARN of an existing EFS file system'],
    [{ resourceArn: TABLE }, "names a DynamoDB table: give it as the DynamoDB table ARN instead"],
    [{ iamRoleArn: "arn:aws:iam::123456789012:user/me" }, '"backup".iamRoleArn must be the ARN of the IAM role'],
    [{ dynamoDbTableArn: EFS }, '"backup".dynamoDbTableArn must be the ARN of an existing DynamoDB table'],
    [{ resource: EFS }, 'unknown key "resource" (expected one of resourceArn, iamRoleArn, dynamoDbTableArn)'],
  ])("rejects %j naming the key and what was expected", (backup, message) => {
    expect(() => parseBackupSection('c.json: "backup"', backup)).toThrow(ConfigError);
    expect(() => parseBackupSection('c.json: "backup"', backup)).toThrow(message);
  });

  it("takes flags over environment variables", () => {
    const other = EFS.replace("fs-0123456789abcdef0", "fs-00000000000000001");
    const run = resolve(["--target", "aws", "--backup-resource", EFS], {
      CONFORMANCE_BACKUP_RESOURCE_ARN: other,
      CONFORMANCE_BACKUP_ROLE_ARN: ROLE,
      CONFORMANCE_BACKUP_DYNAMODB_TABLE_ARN: TABLE,
    });
    expect(run.options.backup).toEqual({ resourceArn: EFS, iamRoleArn: ROLE, dynamoDbTableArn: TABLE });
    expect(resolve(["--target", "aws"]).options.backup).toBeUndefined();
  });

  it("names the flag or variable of a bad ARN", () => {
    expect(() => resolve(["--backup-role", "AWSBackupDefaultServiceRole"])).toThrow(
      '--backup-role must be the ARN of the IAM role AWS Backup assumes, such as arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole, got "AWSBackupDefaultServiceRole"',
    );
    expect(() => resolve([], { CONFORMANCE_BACKUP_DYNAMODB_TABLE_ARN: "orders" })).toThrow(
      "CONFORMANCE_BACKUP_DYNAMODB_TABLE_ARN must be the ARN of an existing DynamoDB table",
    );
  });

  it("refuses a resource outside the primary region, where the source vaults are", () => {
    expect(() => resolve(["--target", "aws", "--region", "us-west-2", "--backup-resource", EFS])).toThrow(
      "backup.resourceArn is in us-east-1, but the primary region is us-west-2",
    );
  });
});
