import {
  BackupClient as AwsSdkBackupClient,
  CreateBackupPlanCommand,
  CreateBackupVaultCommand,
  DeleteBackupVaultCommand,
  DescribeCopyJobCommand,
  DescribeRecoveryPointCommand,
  ListCopyJobSummariesCommand,
  ListCopyJobsCommand,
  ListRecoveryPointsByBackupVaultCommand,
  PutBackupVaultLockConfigurationCommand,
  StartCopyJobCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateRecoveryPointLifecycleCommand,
  UpdateRegionSettingsCommand,
} from "@aws-sdk/client-backup";
import { describe, expect, it } from "vitest";
import type { RecordedRequest } from "../../test/local-server.js";
import { serverForTest, TEST_KEYS, testOptions } from "../../test/test-server.js";
import { createBackupClient } from "./create-client.js";

const rp = "arn:aws:ec2:us-east-1::snapshot/snap-0a1b2c3d4e5f67890";
const createdAfter = new Date("2026-12-01T00:00:00Z");

/** A command class of the AWS SDK, as these tests use one (its own types are per command). */
type SdkCommand = new (input: never) => object;

/** Each call, as ours (model input) and as the AWS SDK's command. */
const CALLS: readonly (readonly [string, object, SdkCommand])[] = [
  [
    "StartCopyJob",
    {
      RecoveryPointArn: rp,
      SourceBackupVaultName: "prod-vault",
      DestinationBackupVaultArn: "arn:aws:backup:us-west-2:111122223333:backup-vault:dr-vault",
      IamRoleArn: "arn:aws:iam::111122223333:role/backup",
      IdempotencyToken: "token-1",
      Lifecycle: { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 120 },
    },
    StartCopyJobCommand,
  ],
  ["DescribeCopyJob", { CopyJobId: "8a3c6a8e-7f2b-4b8e-9d6f-2f1c5e4b3a21" }, DescribeCopyJobCommand],
  ["ListCopyJobs", { ByState: "COMPLETED", MaxResults: 20, ByCreatedAfter: createdAfter }, ListCopyJobsCommand],
  ["DescribeRecoveryPoint", { BackupVaultName: "prod-vault", RecoveryPointArn: rp }, DescribeRecoveryPointCommand],
  [
    "UpdateRecoveryPointLifecycle",
    { BackupVaultName: "prod-vault", RecoveryPointArn: rp, Lifecycle: { DeleteAfterDays: 200 } },
    UpdateRecoveryPointLifecycleCommand,
  ],
  [
    "CreateBackupVault",
    { BackupVaultName: "dr-vault", BackupVaultTags: { team: "storage" } },
    CreateBackupVaultCommand,
  ],
  ["DeleteBackupVault", { BackupVaultName: "dr-vault" }, DeleteBackupVaultCommand],
  [
    "PutBackupVaultLockConfiguration",
    { BackupVaultName: "dr-vault", MinRetentionDays: 7, MaxRetentionDays: 3650 },
    PutBackupVaultLockConfigurationCommand,
  ],
  [
    "ListRecoveryPointsByBackupVault",
    { BackupVaultName: "prod-vault", ByResourceType: "EBS", NextToken: "abc+/=", ByCreatedBefore: createdAfter },
    ListRecoveryPointsByBackupVaultCommand,
  ],
  [
    "ListCopyJobSummaries",
    { State: "FAILED", AggregationPeriod: "ONE_DAY", MaxResults: 10 },
    ListCopyJobSummariesCommand,
  ],
  [
    "CreateBackupPlan",
    {
      BackupPlan: {
        BackupPlanName: "daily-with-dr-copy",
        Rules: [
          {
            RuleName: "daily",
            TargetBackupVaultName: "prod-vault",
            ScheduleExpression: "cron(0 5 ? * * *)",
            Lifecycle: { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 120 },
            CopyActions: [{ DestinationBackupVaultArn: "arn:aws:backup:us-west-2:111122223333:backup-vault:dr-vault" }],
          },
        ],
      },
    },
    CreateBackupPlanCommand,
  ],
  ["TagResource", { ResourceArn: rp, Tags: { team: "storage" } }, TagResourceCommand],
  ["UntagResource", { ResourceArn: rp, TagKeyList: ["team"] }, UntagResourceCommand],
  ["UpdateRegionSettings", { ResourceTypeManagementPreference: { DynamoDB: true } }, UpdateRegionSettingsCommand],
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const withTokenShape = (body: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === "string" && UUID.test(v) ? "<uuid>" : v]));

/** What the wire carries of a request, as both clients must agree on it. */
function wireOf(request: RecordedRequest | undefined) {
  const [path = "", query = ""] = (request?.url ?? "").split("?");
  return {
    method: request?.method,
    // The model's URIs (ours, botocore's) and the Smithy model's (the AWS SDK's) differ in a final slash only.
    path: path.replace(/(.)\/$/, "$1"),
    query: Object.fromEntries(new URLSearchParams(query)),
    // Both fill an idempotency token left out with a fresh UUID: compared by form.
    body: request?.body ? withTokenShape(JSON.parse(request.body)) : undefined,
    scope: /Credential=[^/]+\/\d{8}\/([^,]+),/.exec(String(request?.headers.authorization))?.[1],
  };
}

describe("AWS Backup requests on the wire, against the official AWS SDK's", () => {
  it.each(CALLS)("%s: same method, path, query, body and SigV4 scope", async (operation, input, Command) => {
    const server = await serverForTest(() => ({ body: {} }));
    await createBackupClient(testOptions(server)).send(operation as never, input as never);
    const sdk = new AwsSdkBackupClient({
      region: "us-east-1",
      endpoint: server.url,
      credentials: TEST_KEYS,
      maxAttempts: 1,
    });
    await sdk.send(new Command(input as never) as never);
    sdk.destroy();
    const [ours, theirs] = server.requests.map(wireOf);
    expect(ours).toEqual(theirs);
  });
});
