import type { InputOf } from "@cloudhsm-kit/spec";
import { expectDefined, expectEqual, expectTrue } from "../../../harness/assert.js";
import { skip } from "../../../harness/failure.js";
import { attempt, expectServiceError } from "../../../harness/service-error.js";
import { C } from "../citations.js";
import type { Backup, Check, CloudHsmContext } from "../context.js";
import { UNKNOWN_BACKUP_ID, UNKNOWN_CLUSTER_ID, VALIDATION_NAMES } from "../fixtures/refusals.js";

type CopyInput = InputOf<"CopyBackupToRegion">;

const ids = (list: readonly Backup[]) => list.map((b) => b.BackupId);

/**
 * Two READY backups of one cluster, the second its most recent available one: a cluster the target already has when
 * the check only copies them, else two new ones (control protocol, or HSM changes of a cluster the suite makes).
 */
async function olderAndNewer(t: CloudHsmContext, { mayChange }: { mayChange: boolean }) {
  const existing = mayChange ? undefined : await t.fixtures.existingClusterBackups(2);
  const [older, newer] = (existing ?? (await t.fixtures.clusterBackups(2))) as [Backup, Backup];
  expectEqual("both backups belong to one cluster", newer.ClusterId, older.ClusterId);
  expectTrue("the second backup is newer than the first", (newer.CreateTimestamp ?? 0) > (older.CreateTimestamp ?? 0), [
    older.CreateTimestamp,
    newer.CreateTimestamp,
  ]);
  return { older, newer, clusterId: expectDefined("ClusterId of the fixture backups", older.ClusterId) };
}

export const idPrecedenceChecks: readonly Check[] = [
  {
    id: "IDP-BACKUP-001",
    level: "required",
    title: "CopyBackupToRegion copies the backup named by BackupId",
    asserts:
      "The copy in the destination region has SourceBackup equal to the BackupId sent, and DestinationBackup.SourceBackup echoes it.",
    citations: [C.copyBackupIdRequired, C.backupCopiedFields, C.copySourceBackupFilter],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const source = await t.fixtures.readyBackup();
      const { output, copy } = await t.copies.copy(source.BackupId, t.regions.primary, t.region("second"));
      expectEqual("DestinationBackup.SourceBackup", output.DestinationBackup?.SourceBackup, source.BackupId);
      expectEqual("SourceBackup of the copy", copy.SourceBackup, source.BackupId);
    },
  },
  {
    id: "IDP-BACKUP-002",
    level: "required",
    title: "CopyBackupToRegion rejects a request without BackupId or ClusterId",
    asserts: "A request naming only DestinationRegion is rejected with HTTP 400 and a validation error name.",
    citations: [C.copyBackupIdRequired],
    needs: [],
    async run(t) {
      await expectServiceError(
        "CopyBackupToRegion without BackupId",
        () => t.client().copyBackupToRegion({ DestinationRegion: "us-west-2" } as CopyInput),
        { names: VALIDATION_NAMES },
      );
    },
  },
  {
    id: "IDP-BACKUP-003",
    level: "required",
    title: "CopyBackupToRegion rejects an unknown BackupId as not found",
    asserts: "A well-formed BackupId that does not exist gives HTTP 400 CloudHsmResourceNotFoundException.",
    citations: [C.resourceNotFound400],
    needs: [],
    async run(t) {
      await expectServiceError(
        "CopyBackupToRegion with an unknown BackupId",
        () => t.client().copyBackupToRegion({ BackupId: UNKNOWN_BACKUP_ID, DestinationRegion: "us-west-2" }),
        { names: ["CloudHsmResourceNotFoundException"] },
      );
    },
  },
  {
    id: "IDP-CLUSTER-001",
    level: "required",
    title: "CopyBackupToRegion without the legacy option rejects a ClusterId given instead of BackupId",
    asserts:
      "On a target that does not declare the 2018–2023 ClusterId option, a request with ClusterId and no BackupId is rejected with HTTP 400 (BackupId is required).",
    citations: [C.copyBackupIdRequired],
    needs: [],
    async run(t) {
      if (t.target.capabilities.has("legacy-cluster-id")) {
        skip("the target declares the legacy ClusterId option (see the legacy checks)");
      }
      await expectServiceError(
        "CopyBackupToRegion with ClusterId only",
        () =>
          t.client().copyBackupToRegion({ ClusterId: UNKNOWN_CLUSTER_ID, DestinationRegion: "us-west-2" } as CopyInput),
        { names: VALIDATION_NAMES },
      );
    },
  },
  {
    id: "IDP-LEGACY-001",
    level: "legacy",
    title: "CopyBackupToRegion with only a ClusterId copies the cluster's most recent backup",
    asserts:
      "With two READY backups of a cluster, a request naming only the ClusterId produces a copy whose SourceBackup is the newer backup.",
    citations: [C.legacyEither, C.legacyClusterLatest],
    needs: ["legacy-cluster-id", "second-region"],
    async run(t) {
      const { newer, clusterId } = await olderAndNewer(t, { mayChange: false });
      const to = t.region("second");
      const input = { ClusterId: clusterId, DestinationRegion: to, TagList: [t.runTag] } as CopyInput;
      const { copy } = await t.copies.request(t.regions.primary, input, {
        source: newer.BackupId,
        onReply: (output) =>
          expectEqual("DestinationBackup.SourceBackup", output.DestinationBackup?.SourceBackup, newer.BackupId),
      });
      expectEqual("SourceCluster of the copy", copy.SourceCluster, clusterId);
    },
  },
  {
    id: "IDP-LEGACY-002",
    level: "legacy",
    title: "CopyBackupToRegion given both IDs copies the backup named by BackupId",
    asserts:
      "With BackupId naming the older backup and ClusterId naming its cluster (whose most recent backup is another one), the copy's SourceBackup is the BackupId sent.",
    citations: [C.legacyBothBackupWins],
    needs: ["legacy-cluster-id", "second-region"],
    async run(t) {
      const { older, newer, clusterId } = await olderAndNewer(t, { mayChange: false });
      const to = t.region("second");
      const newerCopies = await t.copyIds(newer.BackupId, to);
      const { output, copy } = await t.copies.copy(older.BackupId, t.regions.primary, to, {
        extra: { ClusterId: clusterId },
      });
      expectEqual("DestinationBackup.SourceBackup", output.DestinationBackup?.SourceBackup, older.BackupId);
      expectEqual("SourceBackup of the copy", copy.SourceBackup, older.BackupId);
      const fresh = (await t.copiesOf(newer.BackupId, to)).filter((b) => !newerCopies.has(b.BackupId));
      expectTrue("the newer backup was not copied", fresh.length === 0, ids(fresh));
    },
  },
  {
    id: "IDP-LEGACY-003",
    level: "legacy",
    title: "CopyBackupToRegion given both IDs uses BackupId even when ClusterId names another cluster",
    asserts:
      "With BackupId naming a backup of one cluster and ClusterId naming a different (unknown) cluster, the call succeeds and copies the BackupId.",
    citations: [C.legacyBothBackupWins],
    needs: ["legacy-cluster-id", "ready-backup", "second-region"],
    async run(t) {
      const source = await t.fixtures.readyBackup();
      const to = t.region("second");
      const { copy } = await t.copies.copy(source.BackupId, t.regions.primary, to, {
        extra: { ClusterId: UNKNOWN_CLUSTER_ID },
      });
      expectEqual("SourceBackup of the copy", copy.SourceBackup, source.BackupId);
    },
  },
  {
    id: "IDP-LEGACY-006",
    level: "legacy",
    title: "CopyBackupToRegion with only a ClusterId skips a newer backup that is not available",
    asserts:
      "With two READY backups of a cluster and the newer one then deleted (PENDING_DELETION), a ClusterId-only request copies the older backup: the most recent available one.",
    citations: [C.legacyClusterLatest],
    needs: ["legacy-cluster-id", "second-region"],
    async run(t) {
      const { older, newer, clusterId } = await olderAndNewer(t, { mayChange: true });
      await t.client().deleteBackup({ BackupId: newer.BackupId });
      const to = t.region("second");
      const newerCopies = await t.copyIds(newer.BackupId, to);
      const input = { ClusterId: clusterId, DestinationRegion: to, TagList: [t.runTag] } as CopyInput;
      await t.copies.request(t.regions.primary, input, {
        source: older.BackupId,
        onReply: (output) =>
          expectEqual("DestinationBackup.SourceBackup", output.DestinationBackup?.SourceBackup, older.BackupId),
      });
      const fresh = (await t.copiesOf(newer.BackupId, to)).filter((b) => !newerCopies.has(b.BackupId));
      expectTrue("the backup pending deletion was not copied", fresh.length === 0, ids(fresh));
    },
  },
  {
    id: "IDP-LEGACY-004",
    level: "advisory",
    title: "CopyBackupToRegion with only an unknown ClusterId is rejected as not found",
    asserts:
      "On a target with the legacy option, a ClusterId-only request naming an unknown cluster gives HTTP 400 CloudHsmResourceNotFoundException (UNDOC).",
    undocumented: "the error for a ClusterId that names no cluster, under the legacy option",
    citations: [C.legacyClusterLatest, C.resourceNotFound400],
    needs: ["legacy-cluster-id"],
    async run(t) {
      await expectServiceError(
        "CopyBackupToRegion with an unknown ClusterId only",
        () =>
          t.client().copyBackupToRegion({ ClusterId: UNKNOWN_CLUSTER_ID, DestinationRegion: "us-west-2" } as CopyInput),
        { names: ["CloudHsmResourceNotFoundException"] },
      );
    },
  },
  {
    id: "IDP-LEGACY-005",
    level: "advisory",
    title: "CopyBackupToRegion without the legacy option ignores or rejects a ClusterId sent beside BackupId",
    asserts:
      "On a target without the legacy option, BackupId plus an unknown ClusterId is either rejected with HTTP 400 or copies the BackupId (UNDOC: unknown members).",
    undocumented: "what a server does with an input member the model does not have",
    citations: [C.copyBackupIdRequired],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      if (t.target.capabilities.has("legacy-cluster-id")) {
        skip("the target declares the legacy ClusterId option");
      }
      const source = await t.fixtures.readyBackup();
      const to = t.region("second");
      const result = await attempt(() =>
        t.copies.copy(source.BackupId, t.regions.primary, to, { extra: { ClusterId: UNKNOWN_CLUSTER_ID } }),
      );
      if (result.ok) {
        expectEqual("SourceBackup of the copy", result.value.copy.SourceBackup, source.BackupId);
        t.note("the unknown ClusterId member was ignored");
      } else {
        expectEqual("HTTP status", result.error.status, 400);
        t.note(`rejected with ${result.error.name}`);
      }
    },
  },
];
