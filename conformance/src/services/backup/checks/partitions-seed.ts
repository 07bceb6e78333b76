import { expectDefined } from "../../../harness/assert.js";
import { CheckFailed } from "../../../harness/failure.js";
import { B } from "../citations.js";
import type { Check } from "../context.js";
import { expectNoCopy } from "../fixtures/copy-outcomes.js";
import { backUp, optInRoute, secondAccountVault } from "../fixtures/resources.js";

const EITHER = "a client error or a job that ends FAILED (which of the two the seed does not say; either passes)";

/**
 * The seed page's outdated limits (aws-backup-copy.md §1 S4, S7, S9), checked only on a target that declares the
 * seed's behaviour (config legacyBackupSeed); today's documents lift each of them.
 */
export const partitionSeedChecks: readonly Check[] = [
  {
    id: "BKP-PART-SEED-002",
    level: "legacy",
    title: "An RDS backup is not copied into another Region and another account at once (the seed page's rule)",
    asserts: `On a target that declares the seed page's behaviour, StartCopyJob of an RDS database's recovery point into a vault of the second account in the second Region meets ${EITHER}. Today RDS, Aurora, DocumentDB and Neptune copy across Regions and accounts in a single action.`,
    citations: [B.seedRdsNotBoth],
    needs: ["legacy-backup-seed", "second-region", "second-account", "billable", "backup-invented-resources"],
    async run(t) {
      const source = await backUp(t, await t.vaults.create(t.regions.primary, "src"), "RDS");
      const foreign = await secondAccountVault(t, t.destinationRegion);
      await expectNoCopy(t, "an RDS copy into another Region and account", source, foreign.arn);
    },
  },
  {
    id: "BKP-PART-SEED-003",
    level: "legacy",
    title: "No cross-Region copy is made from Africa (Cape Town) (the seed page's rule)",
    asserts: `On a target that declares the seed page's behaviour, StartCopyJob of an EFS recovery point in Africa (Cape Town), one of the four Regions the seed excludes, into a vault of a standard Region meets ${EITHER}. Today all four Regions tick "Cross-Region backup copy" (BKP-PART-OPTIN-004).`,
    citations: [B.seedNoCopyRegions],
    needs: ["legacy-backup-seed", "billable", "backup-invented-resources"],
    async run(t) {
      const { from, to } = optInRoute(t);
      const source = await backUp(t, await t.vaults.create(from, "src"), "EFS");
      const destination = await t.vaults.create(to, "dst");
      await expectNoCopy(t, `a copy from ${from}`, source, destination.arn);
    },
  },
  {
    id: "BKP-PART-SEED-004",
    level: "legacy",
    title: "An EBS backup does not move to cold storage (the seed page's rule)",
    asserts:
      "On a target that declares the seed page's behaviour, an EBS backup taken with MoveToColdStorageAfterDays 30 and DeleteAfterDays 120 has no CalculatedLifecycle.MoveToColdStorageAt (the cold-storage setting ignored: no date to move it), while its DeleteAt is set. Today EBS backups move to cold storage (the Archive Tier).",
    citations: [B.seedColdEfsOnly],
    needs: ["legacy-backup-seed", "billable", "backup-invented-resources"],
    async run(t) {
      const lifecycle = { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 120 };
      const source = await backUp(t, await t.vaults.create(t.regions.primary, "ebs"), "EBS", lifecycle);
      const point = await t
        .backup(source.vault.region)
        .describeRecoveryPoint({ BackupVaultName: source.vault.name, RecoveryPointArn: source.arn });
      const calculated = expectDefined("DescribeRecoveryPoint's CalculatedLifecycle", point.CalculatedLifecycle);
      expectDefined("CalculatedLifecycle.DeleteAt", calculated.DeleteAt);
      if (calculated.MoveToColdStorageAt !== undefined) {
        throw new CheckFailed(
          `the EBS backup is to move to cold storage at epoch second ${calculated.MoveToColdStorageAt}: the cold-storage setting was honoured`,
        );
      }
    },
  },
];
