// The one story every generated AWS Backup example tells: account 111122223333 backs up an EBS volume in
// us-east-1 into the vault `prod-vault`, and a plan copies each backup to `dr-vault` in us-west-2. A member named
// here appears in examples with this value; other members appear only when their structure requires them.
const account = "111122223333";
const sourceVault = `arn:aws:backup:us-east-1:${account}:backup-vault:prod-vault`;
const destinationVault = `arn:aws:backup:us-west-2:${account}:backup-vault:dr-vault`;
const recoveryPoint = `arn:aws:ec2:us-east-1::snapshot/snap-0a1b2c3d4e5f67890`;
const copiedRecoveryPoint = `arn:aws:ec2:us-west-2::snapshot/snap-0f9e8d7c6b5a43210`;
const role = `arn:aws:iam::${account}:role/service-role/AWSBackupDefaultServiceRole`;
const created = 1733299200.123;
const lifecycle = { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 120 };

export const SCENARIO = {
  AccountId: account,
  BackupVaultName: "prod-vault",
  SourceBackupVaultName: "prod-vault",
  TargetBackupVaultName: "prod-vault",
  BackupVaultArn: sourceVault,
  SourceBackupVaultArn: sourceVault,
  DestinationBackupVaultArn: destinationVault,
  RecoveryPointArn: recoveryPoint,
  SourceRecoveryPointArn: recoveryPoint,
  DestinationRecoveryPointArn: copiedRecoveryPoint,
  ResourceArn: "arn:aws:ec2:us-east-1:111122223333:volume/vol-0123456789abcdef0",
  ResourceType: "EBS",
  ResourceName: "orders-db-volume",
  IamRoleArn: role,
  CopyJobId: "8a3c6a8e-7f2b-4b8e-9d6f-2f1c5e4b3a21",
  BackupJobId: "4c2e9f1a-6b7d-4e3f-8a9b-0c1d2e3f4a5b",
  BackupPlanId: "0e6d5c4b-3a29-4817-b6f5-e4d3c2b1a098",
  BackupPlanArn: `arn:aws:backup:us-east-1:${account}:backup-plan:0e6d5c4b-3a29-4817-b6f5-e4d3c2b1a098`,
  BackupPlanName: "daily-with-dr-copy",
  VersionId: "ZmNkYmI0YjUtYTFjMi00YzM0LWI5OTgtMzQ1NjdiZGQ3ZmE4",
  RuleName: "daily",
  ScheduleExpression: "cron(0 5 ? * * *)",
  StartWindowMinutes: 60,
  CompletionWindowMinutes: 180,
  SelectionId: "b1e2d3c4-a5f6-4789-8abc-def012345678",
  SelectionName: "tagged-volumes",
  Resources: ["arn:aws:ec2:us-east-1:111122223333:volume/vol-0123456789abcdef0"],
  CreationDate: created,
  CompletionDate: created + 900,
  State: "COMPLETED",
  Status: "COMPLETED",
  StorageClass: "WARM",
  Lifecycle: lifecycle,
  DestinationRecoveryPointLifecycle: lifecycle,
  CalculatedLifecycle: { MoveToColdStorageAt: created + 30 * 86400, DeleteAt: created + 120 * 86400 },
  BackupSizeInBytes: 10737418240,
  EncryptionKeyArn: `arn:aws:kms:us-east-1:${account}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
  IsEncrypted: true,
  IdempotencyToken: "d9e8f7a6-b5c4-4d3e-9f2a-1b0c9d8e7f6a",
  CreatorRequestId: "create-prod-vault-1",
  NumberOfRecoveryPoints: 1,
  Locked: false,
  MinRetentionDays: 7,
  MaxRetentionDays: 3650,
  Policy: '{"Version":"2012-10-17","Statement":[]}',
  SNSTopicArn: `arn:aws:sns:us-east-1:${account}:backup-events`,
  BackupVaultEvents: ["COPY_JOB_STARTED", "COPY_JOB_SUCCESSFUL", "COPY_JOB_FAILED"],
  Tags: { team: "storage" },
  BackupVaultTags: { team: "storage" },
  TagKeyList: ["team"],
  ResourceTypeOptInPreference: { EBS: true, DynamoDB: true },
  ResourceTypeManagementPreference: { DynamoDB: true },
  MaxResults: 100,
  Count: 1,
  Region: "us-east-1",
  AggregationPeriod: "ONE_DAY",
  StartTime: created - 86400,
  EndTime: created,
  IsParent: false,
  DeleteAfterDays: 120,
  MoveToColdStorageAfterDays: 30,
  ListOfTags: [{ ConditionType: "STRINGEQUALS", ConditionKey: "backup", ConditionValue: "daily" }],
  CopyActions: [{ DestinationBackupVaultArn: destinationVault, Lifecycle: lifecycle }],
};

/** Members the story has no use for, left out even where a value could be made up. */
export const NOT_SHOWN = new Set([
  "AdvancedBackupSettings",
  "ScanActions",
  "ScanSettings",
  "IndexActions",
  "LatestMpaApprovalTeamUpdate",
]);
