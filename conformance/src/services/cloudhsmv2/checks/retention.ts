import { expectDefined, expectEqual, expectTrue } from "../../../harness/assert.js";
import { expectServiceError } from "../../../harness/service-error.js";
import { C } from "../citations.js";
import type { Check, CloudHsmContext } from "../context.js";
import { VALIDATION_NAMES } from "../fixtures/refusals.js";

const DAY = 24 * 3600;

/** Sets the run cluster's retention to `days` for this check and restores the previous policy afterwards. */
async function withRetention(t: CloudHsmContext, days: string): Promise<string> {
  const cluster = await t.clusters.activeCluster();
  const clusterId = expectDefined("ClusterId", cluster.ClusterId);
  const previous = cluster.BackupRetentionPolicy ?? { Type: "DAYS" as const, Value: "90" };
  await t.client().modifyCluster({ ClusterId: clusterId, BackupRetentionPolicy: { Type: "DAYS", Value: days } });
  t.cleanups.push(`restore the retention policy of ${clusterId}`, () =>
    t.client().modifyCluster({ ClusterId: clusterId, BackupRetentionPolicy: previous }),
  );
  return clusterId;
}

export const retentionChecks: readonly Check[] = [
  {
    id: "RET-NEVER-001",
    level: "required",
    title: "ModifyBackupAttributes sets and clears NeverExpires",
    asserts:
      "NeverExpires true then false is reflected in each ModifyBackupAttributes response and in DescribeBackups.",
    citations: [C.neverExpires],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      for (const value of [true, false]) {
        const out = await t.client().modifyBackupAttributes({ BackupId: backup.BackupId, NeverExpires: value });
        expectEqual(`NeverExpires in the response (${value})`, out.Backup?.NeverExpires, value);
        expectEqual(`NeverExpires listed (${value})`, (await t.describeBackup(backup.BackupId))?.NeverExpires, value);
      }
    },
  },
  {
    id: "RET-NEVER-002",
    level: "required",
    title: "DescribeBackups filters on neverExpires",
    asserts:
      "With NeverExpires true on one backup and false on another, the neverExpires filter 'true' lists only the first and 'false' only the second.",
    citations: [C.neverExpiresFilter],
    needs: ["ready-backup"],
    async run(t) {
      const exempt = await t.fixtures.disposableBackup();
      const normal = await t.fixtures.disposableBackup();
      await t.client().modifyBackupAttributes({ BackupId: exempt.BackupId, NeverExpires: true });
      await t.client().modifyBackupAttributes({ BackupId: normal.BackupId, NeverExpires: false });
      const ids = [exempt.BackupId, normal.BackupId];
      const listed = async (value: string) =>
        (await t.client().describeBackups({ Filters: { backupIds: ids, neverExpires: [value] } })).Backups?.map(
          (b) => b.BackupId,
        ) ?? [];
      expectEqual("neverExpires=true", (await listed("true")).join(","), exempt.BackupId);
      expectEqual("neverExpires=false", (await listed("false")).join(","), normal.BackupId);
    },
  },
  {
    id: "RET-PURGE-001",
    level: "required",
    title: "Backups older than the cluster's retention period are deleted, except those that never expire",
    asserts:
      "With retention set to 7 days, after 9 days of emulated time an older backup is no longer READY, while a NeverExpires backup of the same age is still READY.",
    citations: [C.retentionPurges, C.neverExpires, C.retentionRangeUg],
    needs: ["control"],
    async run(t) {
      await withRetention(t, "7");
      const exempt = await t.fixtures.disposableBackup();
      await t.client().modifyBackupAttributes({ BackupId: exempt.BackupId, NeverExpires: true });
      const old = await t.fixtures.disposableBackup();
      await t.fixtures.disposableBackup();
      await t.control.advance(9 * DAY);
      const purged = await t.waitFor(
        `backup ${old.BackupId} purged by retention`,
        () => t.describeBackup(old.BackupId),
        (b) => b?.BackupState !== "READY",
        { advanceSeconds: DAY },
      );
      t.note(`the purged backup is ${purged?.BackupState ?? "not listed"}`);
      expectEqual("state of the NeverExpires backup", (await t.describeBackup(exempt.BackupId))?.BackupState, "READY");
    },
  },
  {
    id: "RET-COPY-001",
    level: "required",
    title: "A copied backup is not deleted by any retention policy",
    asserts:
      "A READY copy in the destination region is still READY after 380 days of emulated time (longer than the longest retention, 379 days).",
    citations: [C.copyNoRetention, C.retentionRange],
    needs: ["control", "ready-backup", "second-region"],
    async run(t) {
      const source = await t.fixtures.readyBackup();
      const to = t.region("second");
      const { copy } = await t.copies.readyCopyOf(source.BackupId, t.regions.primary, to);
      await t.control.advance(380 * DAY);
      expectEqual(
        "state of the copy after 380 days",
        (await t.describeBackup(copy.BackupId, to))?.BackupState,
        "READY",
      );
    },
  },
  {
    id: "RET-RANGE-001",
    level: "required",
    title: "ModifyCluster rejects a retention period outside 7 to 379 days",
    asserts:
      "BackupRetentionPolicy values 6 and 380 (DAYS) are each rejected with HTTP 400 and a validation error name, on a cluster the target has (or the run's cluster).",
    citations: [C.retentionRange, C.retentionRangeUg],
    needs: [],
    async run(t) {
      const cluster = await t.clusters.existingCluster();
      const clusterId = expectDefined("ClusterId", cluster.ClusterId);
      const original = cluster.BackupRetentionPolicy ?? { Type: "DAYS" as const, Value: "90" };
      // Should the target accept a value, the cluster gets its own policy back.
      t.cleanups.push(`restore the retention policy of ${clusterId}`, async () => {
        const now = await t.client().describeClusters({ Filters: { clusterIds: [clusterId] } });
        if (now.Clusters?.[0]?.BackupRetentionPolicy?.Value !== original.Value) {
          await t.client().modifyCluster({ ClusterId: clusterId, BackupRetentionPolicy: original });
        }
      });
      for (const value of ["6", "380"]) {
        await expectServiceError(
          `ModifyCluster with retention ${value}`,
          () =>
            t.client().modifyCluster({ ClusterId: clusterId, BackupRetentionPolicy: { Type: "DAYS", Value: value } }),
          { names: VALIDATION_NAMES },
        );
      }
    },
  },
  {
    id: "RET-RANGE-002",
    level: "required",
    title: "ModifyCluster accepts retention periods of 7 and 379 days",
    asserts: "Both bounds are accepted and DescribeClusters shows the policy {Type: DAYS, Value} that was set.",
    citations: [C.retentionRange, C.retentionRangeUg],
    needs: ["billable"],
    async run(t) {
      const clusterId = await withRetention(t, "7");
      for (const value of ["7", "379"]) {
        await t.client().modifyCluster({ ClusterId: clusterId, BackupRetentionPolicy: { Type: "DAYS", Value: value } });
        const listed = (await t.client().describeClusters({ Filters: { clusterIds: [clusterId] } })).Clusters?.[0];
        expectEqual(`retention value after setting ${value}`, listed?.BackupRetentionPolicy?.Value, value);
        expectEqual("retention type", listed?.BackupRetentionPolicy?.Type, "DAYS");
      }
    },
  },
  {
    id: "RET-NEVER-003",
    level: "required",
    title: "ModifyBackupAttributes rejects an unknown backup as not found",
    asserts: "A well-formed unknown BackupId gives HTTP 400 CloudHsmResourceNotFoundException.",
    citations: [C.resourceNotFound400],
    needs: [],
    async run(t) {
      await expectServiceError(
        "ModifyBackupAttributes of an unknown backup",
        () => t.client().modifyBackupAttributes({ BackupId: "backup-zzzzzzzzzz2", NeverExpires: true }),
        { names: ["CloudHsmResourceNotFoundException"] },
      );
    },
  },
  {
    id: "RET-NEVER-004",
    level: "required",
    title: "DescribeBackups lists NeverExpires false on a backup that was never exempted",
    asserts:
      'A fresh backup is listed with "NeverExpires": false rather than no NeverExpires member, as the user guide example output of describe-backups shows.',
    citations: [C.describeExampleOutput, C.tagListPresentObserved],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      expectTrue("NeverExpires is false", backup.NeverExpires === false, backup.NeverExpires);
    },
  },
];
