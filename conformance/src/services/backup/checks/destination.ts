import { paginateListRecoveryPointsByBackupVault } from "@cloudhsm-kit/client/backup";
import { expectClose, expectDefined, expectEqual, expectTrue } from "../../../harness/assert.js";
import { B } from "../citations.js";
import type { Check } from "../context.js";

const DAY = 86_400;

export const destinationChecks: readonly Check[] = [
  {
    id: "BKP-DEST-REGION-001",
    level: "required",
    title: "A cross-Region copy lands in the destination vault's Region and account",
    asserts:
      "Once a copy job started in the source Region is COMPLETED, its DestinationRecoveryPointArn is set, DescribeRecoveryPoint in the destination vault's Region finds it in that vault (BackupVaultArn = the destination vault ARN), ListRecoveryPointsByBackupVault there lists it, and an AWS Backup recovery-point ARN names the destination Region and account.",
    citations: [B.destinationVault, B.destinationRecoveryPoint],
    needs: ["second-region", "billable", "backup-resource"],
    async run(t) {
      const { destination, copy } = await t.copies.completedCopy();
      const { arn, point } = await t.copies.landed(copy.job, destination);
      const client = t.backup(destination.region);
      expectEqual("the copy's BackupVaultArn", point.BackupVaultArn, destination.arn);
      const listed: string[] = [];
      for await (const page of paginateListRecoveryPointsByBackupVault(client, { BackupVaultName: destination.name })) {
        listed.push(...(page.RecoveryPoints ?? []).map((p) => p.RecoveryPointArn ?? ""));
      }
      expectTrue(`the destination vault lists ${arn} (listed: ${listed.join(", ")})`, listed.includes(arn));
      const [, , service, region, account] = arn.split(":");
      if (service === "backup") {
        expectEqual("the Region of the copy's ARN", region, destination.region);
        expectEqual("the account of the copy's ARN", account, destination.account);
      }
    },
  },
  {
    id: "BKP-DEST-KEEPS-001",
    level: "required",
    title: "A copy keeps the creation date and resource of its source",
    asserts:
      "The destination recovery point of a completed cross-Region copy has the source recovery point's CreationDate (not the time of the copy) and the same ResourceArn.",
    citations: [B.copyKeepsCreationDate],
    needs: ["second-region", "billable", "backup-resource"],
    async run(t) {
      const { source, destination, copy } = await t.copies.completedCopy();
      const { point } = await t.copies.landed(copy.job, destination);
      expectClose("the copy's CreationDate", point.CreationDate, source.creationDate, 0.001);
      expectEqual("the copy's ResourceArn", point.ResourceArn, source.resourceArn);
    },
  },
  {
    id: "BKP-DEST-SOURCE-001",
    level: "advisory",
    title: "A cross-Region copy reports the vault it was copied from",
    asserts:
      "The destination recovery point of a completed cross-Region copy has SourceBackupVaultArn = the source vault's ARN.",
    undocumented:
      "the model says SourceBackupVaultArn is null when the recovery point stays in the same account or Region, and not in so many words that a copy to another Region carries the source vault (aws-backup-copy.md §4.3 notes: INFER)",
    citations: [B.sourceBackupVaultArn],
    needs: ["second-region", "billable", "backup-resource"],
    async run(t) {
      const { source, destination, copy } = await t.copies.completedCopy();
      const { point } = await t.copies.landed(copy.job, destination);
      expectEqual("the copy's SourceBackupVaultArn", point.SourceBackupVaultArn, source.vault.arn);
    },
  },
  {
    id: "BKP-DEST-LIFECYCLE-001",
    level: "required",
    title: "A copy's lifecycle given to StartCopyJob overrides the source's retention",
    asserts:
      "A copy started with Lifecycle DeleteAfterDays 200 lands with Lifecycle.DeleteAfterDays 200 and a CalculatedLifecycle.DeleteAt 200 days after its CreationDate (the source's).",
    citations: [B.copyOverridesRetention, B.deleteAfterDays],
    needs: ["second-region", "billable", "backup-resource"],
    async run(t) {
      const { source, destination } = await t.copies.pointAndDestination();
      const id = await t.copies.start(source, destination, { Lifecycle: { DeleteAfterDays: 200 } });
      const { job } = await t.copies.finish(id, source.vault.region);
      expectEqual("the copy job's state", job.State, "COMPLETED");
      const { point } = await t.copies.landed(job, destination);
      expectEqual("the copy's Lifecycle.DeleteAfterDays", point.Lifecycle?.DeleteAfterDays, 200);
      const created = expectDefined("the copy's CreationDate", point.CreationDate);
      expectClose(
        "the copy's CalculatedLifecycle.DeleteAt",
        point.CalculatedLifecycle?.DeleteAt,
        created + 200 * DAY,
        60,
      );
    },
  },
];
