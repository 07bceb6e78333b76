import { type BackupClient, createBackupClient } from "@cloudhsm-kit/client/backup";
import type { FetchLike } from "./faulty-fetch.js";
import { CREDENTIALS, ENDPOINT, PRIMARY, SECOND, type Walk } from "./traffic-walk.js";

/**
 * The AWS Backup part of the traffic scenario: vaults in two Regions, a backup job of an EFS file system and of a
 * DynamoDB table, cross-Region copies in every state (one into another partition, lifecycles on and off the 90-day
 * rule), the recovery points they land as, ListCopyJobs with every filter and pages, a forged NextToken, copy-job summaries, input that breaks the model, and raw
 * requests at both URI forms.
 */
export async function walkBackup(w: Walk, fetchImpl: FetchLike): Promise<void> {
  const asFetch = (request: Request) => fetchImpl(request);
  const client = (region: string): BackupClient =>
    createBackupClient({ region, endpoint: ENDPOINT, credentials: CREDENTIALS, fetch: asFetch, maxAttempts: 1 });
  const east = client(PRIMARY);
  const west = client(SECOND);
  const vault = await east.createBackupVault({ BackupVaultName: "scenario-src" });
  const destination = await west.createBackupVault({ BackupVaultName: "scenario-dst" });
  const account = (vault.BackupVaultArn ?? "").split(":")[4] ?? "";
  const role = `arn:aws:iam::${account}:role/service-role/AWSBackupDefaultServiceRole`;
  const backUp = async (resource: string) => {
    const { BackupJobId = "" } = await east.startBackupJob({
      BackupVaultName: "scenario-src",
      ResourceArn: resource,
      IamRoleArn: role,
    });
    await w.control.advance(120);
    return (await east.describeBackupJob({ BackupJobId })).RecoveryPointArn ?? "";
  };
  const point = await backUp(`arn:aws:elasticfilesystem:${PRIMARY}:${account}:file-system/fs-0123456789abcdef0`);
  const copy = (input: { Lifecycle?: object; DestinationBackupVaultArn?: string; RecoveryPointArn?: string } = {}) =>
    east.startCopyJob({
      RecoveryPointArn: point,
      SourceBackupVaultName: "scenario-src",
      DestinationBackupVaultArn: destination.BackupVaultArn ?? "",
      IamRoleArn: role,
      ...input,
    });

  await w.step("a copy job through its states, and the recovery point it lands as", async () => {
    const { CopyJobId = "" } = await copy({ Lifecycle: { DeleteAfterDays: 200 } });
    await east.describeCopyJob({ CopyJobId });
    await w.control.advance(30);
    await east.describeCopyJob({ CopyJobId });
    await w.control.advance(120);
    const done = (await east.describeCopyJob({ CopyJobId })).CopyJob;
    await west.describeRecoveryPoint({
      BackupVaultName: "scenario-dst",
      RecoveryPointArn: done?.DestinationRecoveryPointArn ?? "",
    });
  });
  await w.step("lifecycles at and under the 90-day rule", async () => {
    await copy({ Lifecycle: { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 119 } }).catch(() => undefined);
    await copy({ Lifecycle: { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 120 } }).catch(() => undefined);
    const lifecycle = (DeleteAfterDays: number) =>
      east.updateRecoveryPointLifecycle({
        BackupVaultName: "scenario-src",
        RecoveryPointArn: point,
        Lifecycle: { MoveToColdStorageAfterDays: 30, DeleteAfterDays },
      });
    await lifecycle(119).catch(() => undefined);
    await lifecycle(120);
    await w.control.advance(300);
  });
  await w.step("a copy into another partition", async () => {
    const foreign = `arn:aws-cn:backup:cn-north-1:${account}:backup-vault:scenario-dst`;
    const { CopyJobId = "" } = await copy({ DestinationBackupVaultArn: foreign });
    await east.describeCopyJob({ CopyJobId });
  });
  await w.step("a copy of a DynamoDB table", async () => {
    const table = await backUp(`arn:aws:dynamodb:${PRIMARY}:${account}:table/scenario`);
    const { CopyJobId = "" } = await copy({ RecoveryPointArn: table });
    await east.describeCopyJob({ CopyJobId });
  });
  await w.step("ListCopyJobs by state and in pages", async () => {
    await east.listCopyJobs({ ByState: "COMPLETED" });
    await east.listCopyJobs({ ByCreatedAfter: new Date(0) });
    const first = await east.listCopyJobs({ MaxResults: 1 });
    await east.listCopyJobs({ MaxResults: 1, ...(first.NextToken ? { NextToken: first.NextToken } : {}) });
  });
  await w.step("ListCopyJobs by every other filter, a forged NextToken, and copy-job summaries", async () => {
    await east.listCopyJobs({});
    const none = `arn:aws:elasticfilesystem:${PRIMARY}:${account}:file-system/fs-00000000000000000`;
    await east.listCopyJobs({ ByResourceArn: none });
    await east.listCopyJobs({ ByResourceType: "EBS" });
    await east.listCopyJobs({ BySourceRecoveryPointArn: point });
    await east.listCopyJobs({ ByCreatedBefore: new Date(0) });
    await east.listCopyJobs({ ByCompleteBefore: new Date(0) });
    await east.listCopyJobs({ ByCompleteAfter: new Date(0) });
    await east.listCopyJobs({ ByAccountId: "000000000000" });
    await east.listCopyJobs({ ByParentJobId: "no-such-parent" });
    await east.listCopyJobs({ ByMessageCategory: "NO_SUCH_CATEGORY" });
    await east.listRecoveryPointsByBackupVault({ BackupVaultName: "scenario-src" });
    await east.listRecoveryPointsByBackupVault({ BackupVaultName: "scenario-src", ByResourceType: "EBS" });
    await east.listRecoveryPointsByBackupVault({
      BackupVaultName: "scenario-src",
      ByCreatedAfter: new Date("2100-01-01T00:00:00Z"),
    });
    const resource = `arn:aws:elasticfilesystem:${PRIMARY}:${account}:file-system/fs-0123456789abcdef0`;
    await east.listBackupJobs({ ByResourceArn: resource });
    await w.raw({
      region: PRIMARY,
      method: "GET",
      path: "/copy-jobs/?nextToken=forged",
      target: null,
      contentType: null,
      signingName: "backup",
    });
    await east.listCopyJobSummaries({ AggregationPeriod: "FOURTEEN_DAYS" });
    await east.listCopyJobSummaries({ AggregationPeriod: "FOURTEEN_DAYS", State: "AGGREGATE_ALL" });
    await east.listCopyJobSummaries({ AggregationPeriod: "ONE_DAY" });
  });
  await w.step("input that breaks the model: an enum, a required member, a vault name", async () => {
    const raw = (method: string, path: string, body?: string) =>
      w.raw({
        region: PRIMARY,
        method,
        path,
        target: null,
        contentType: body === undefined ? null : "application/json",
        signingName: "backup",
        ...(body === undefined ? {} : { body }),
      });
    await raw("GET", "/copy-jobs/?state=NOT_A_VALUE");
    await raw(
      "PUT",
      "/copy-jobs",
      JSON.stringify({
        RecoveryPointArn: point,
        SourceBackupVaultName: "scenario-src",
        DestinationBackupVaultArn: destination.BackupVaultArn,
      }),
    );
    await raw("GET", "/backup-vaults/scenario!/access-policy");
  });
  await w.step("both URI forms, a bad maxResults and an unknown job", async () => {
    const raw = (path: string) =>
      w.raw({ region: PRIMARY, method: "GET", path, target: null, contentType: null, signingName: "backup" });
    await raw("/copy-jobs/");
    await raw("/copy-jobs");
    await raw("/copy-jobs/?maxResults=0");
    await raw("/copy-jobs/00000000-0000-4000-8000-00000000c0de");
  });
}
