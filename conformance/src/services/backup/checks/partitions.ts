import { CheckFailed } from "../../../harness/failure.js";
import { B } from "../citations.js";
import type { BackupContext, Check } from "../context.js";
import { expectNoCopy } from "../fixtures/copy-outcomes.js";

/** Sets full AWS Backup management of DynamoDB in `region` for this check, restoring the setting afterwards. */
async function dynamoDbManagement(t: BackupContext, region: string, on: boolean) {
  const client = t.backup(region);
  const before = (await client.describeRegionSettings()).ResourceTypeManagementPreference ?? {};
  await client.updateRegionSettings({ ResourceTypeManagementPreference: { DynamoDB: on } });
  t.cleanups.push(`restore the DynamoDB management setting of ${region}`, () =>
    client.updateRegionSettings({ ResourceTypeManagementPreference: { DynamoDB: before.DynamoDB ?? false } }),
  );
}

export const partitionChecks: readonly Check[] = [
  {
    id: "BKP-PART-XPART-001",
    level: "required",
    title: "A copy into a vault of another partition is not made",
    asserts:
      "StartCopyJob in a standard Region with a destination vault ARN in the aws-cn partition is refused with a client error, or the job ends FAILED. Which of the two is undocumented, so the check accepts either and fails only a copy that completes.",
    citations: [B.chinaPartition],
    needs: ["billable", "backup-resource"],
    async run(t) {
      const vault = await t.vaults.create(t.regions.primary, "src");
      const source = await t.copies.recoveryPoint(vault);
      const foreign = `arn:aws-cn:backup:cn-north-1:${vault.account}:backup-vault:${vault.name}`;
      await expectNoCopy(t, "a copy into aws-cn", source, foreign);
    },
  },
  {
    id: "BKP-PART-DDB-001",
    level: "required",
    title: "A DynamoDB backup without full AWS Backup management is not copied",
    asserts:
      "With DynamoDB's full AWS Backup management off in the Region (UpdateRegionSettings, restored afterwards), StartCopyJob of a DynamoDB recovery point to another Region is refused with a client error or the job ends FAILED (which of the two is undocumented; either passes).",
    citations: [B.copyUnsupportedType, B.ddbAdvancedCopy],
    needs: ["second-region", "billable", "backup-dynamodb-table"],
    async run(t) {
      await dynamoDbManagement(t, t.regions.primary, false);
      const { source, destination } = await t.copies.pointAndDestination("DynamoDB");
      await expectNoCopy(t, "a copy of plain DynamoDB", source, destination.arn);
    },
  },
  {
    id: "BKP-PART-DDB-002",
    level: "required",
    title: "A DynamoDB backup with full AWS Backup management is copied across Regions",
    asserts:
      "With DynamoDB's full AWS Backup management (advanced features) on in the Region (restored afterwards), a DynamoDB recovery point is copied to a vault of another Region and the job completes.",
    citations: [B.ddbAdvancedCopy],
    needs: ["second-region", "billable", "backup-dynamodb-table"],
    async run(t) {
      await dynamoDbManagement(t, t.regions.primary, true);
      const { source, destination } = await t.copies.pointAndDestination("DynamoDB");
      const { job } = await t.copies.finish(await t.copies.start(source, destination), source.vault.region);
      if (job.State !== "COMPLETED") {
        throw new CheckFailed(`the DynamoDB copy ended ${job.State}: ${job.StatusMessage ?? "no StatusMessage"}`);
      }
    },
  },
  {
    id: "BKP-PART-SEED-001",
    level: "legacy",
    title: "A DynamoDB backup is not copied across Regions (the seed page's rule)",
    asserts:
      "On a target that declares the seed page's behaviour (config legacyBackupSeed), StartCopyJob of a DynamoDB recovery point to a vault of another Region is refused with a client error or the job ends FAILED, even with full AWS Backup management of DynamoDB on (today's documents allow that copy: BKP-PART-DDB-002).",
    citations: [B.seedNoDynamoDbCopy],
    needs: ["second-region", "billable", "backup-dynamodb-table", "legacy-backup-seed"],
    async run(t) {
      await dynamoDbManagement(t, t.regions.primary, true);
      const { source, destination } = await t.copies.pointAndDestination("DynamoDB");
      await expectNoCopy(t, "a cross-Region copy of DynamoDB", source, destination.arn);
    },
  },
];
