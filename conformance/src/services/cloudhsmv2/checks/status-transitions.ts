import { expectDefined, expectEqual, expectTrue } from "../../../harness/assert.js";
import { C } from "../citations.js";
import type { Check } from "../context.js";
import { expectCopyRefused } from "../fixtures/refusals.js";

export const statusTransitionChecks: readonly Check[] = [
  {
    id: "STATE-COPY-001",
    level: "required",
    title: "A copied backup first appears in the destination region as CREATE_IN_PROGRESS",
    asserts:
      "Polling DescribeBackups in the destination right after CopyBackupToRegion, the copy is first listed with BackupState CREATE_IN_PROGRESS (with the control protocol the emulated clock is not moved meanwhile).",
    citations: [C.copyCreateInProgress],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const source = await t.fixtures.readyBackup();
      const { copy } = await t.copies.copy(source.BackupId, t.regions.primary, t.region("second"));
      expectEqual("BackupState of the new copy", copy.BackupState, "CREATE_IN_PROGRESS");
    },
  },
  {
    id: "STATE-COPY-002",
    level: "required",
    title: "A copied backup becomes READY when the copy completes",
    asserts:
      "The copy is CREATE_IN_PROGRESS or READY when first listed and reaches READY (polling; with the control protocol the clock is advanced past the copy delay).",
    citations: [C.copyCreateInProgress, C.copyReady],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const source = await t.fixtures.readyBackup();
      const to = t.region("second");
      const { copy } = await t.copies.copy(source.BackupId, t.regions.primary, to);
      expectTrue(
        "the first state seen is CREATE_IN_PROGRESS or READY",
        copy.BackupState === "CREATE_IN_PROGRESS" || copy.BackupState === "READY",
        copy.BackupState,
      );
      const settled = await t.copies.settleCopy(copy.BackupId, to, "READY", "DELETED");
      expectEqual("final BackupState of the copy", settled.BackupState, "READY");
    },
  },
  {
    id: "STATE-COPY-003",
    level: "required",
    title: "A copy that fails ends as DELETED in the destination region",
    asserts:
      "With a copy fault injected through the control protocol, the accepted copy is CREATE_IN_PROGRESS and then DELETED, never READY.",
    citations: [C.copyDeleted],
    needs: ["control", "ready-backup", "second-region"],
    async run(t) {
      const source = await t.fixtures.readyBackup();
      const to = t.region("second");
      await t.copies.failNextCopy(source.BackupId, to);
      const input = { BackupId: source.BackupId, DestinationRegion: to, TagList: [t.runTag] };
      // The copy ends DELETED: nothing to clean up.
      const { copy } = await t.copies.request(t.regions.primary, input, { source: source.BackupId, discard: false });
      expectEqual("BackupState of the new copy", copy.BackupState, "CREATE_IN_PROGRESS");
      const settled = await t.copies.settleCopy(copy.BackupId, to, "READY", "DELETED");
      expectEqual("final BackupState of the failed copy", settled.BackupState, "DELETED");
    },
  },
  {
    id: "STATE-COPY-004",
    level: "advisory",
    title: "The source backup stays READY while and after it is copied",
    asserts:
      "The source backup is READY in the source region during the copy and after the copy is READY (UNDOC: no document describes a state change of the source).",
    undocumented: "whether the source backup changes state while it is copied",
    citations: [C.copyNotDeletedSource, C.copyReady],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const source = await t.fixtures.readyBackup();
      const to = t.region("second");
      const { copy } = await t.copies.copy(source.BackupId, t.regions.primary, to);
      expectEqual("source state during the copy", (await t.describeBackup(source.BackupId))?.BackupState, "READY");
      await t.copies.readyCopy(copy.BackupId, to);
      expectEqual("source state after the copy", (await t.describeBackup(source.BackupId))?.BackupState, "READY");
    },
  },
  {
    id: "STATE-COPY-005",
    level: "required",
    title: "A copy of a DELETED backup does not become READY",
    asserts:
      "Copying a backup that is DELETED (one the target lists as DELETED, or a copy failed on purpose through the control protocol) is refused: a synchronous HTTP 400 or a copy that ends DELETED.",
    citations: [C.copyNotDeletedSource, C.copyDeleted],
    needs: ["second-region"],
    async run(t) {
      const to = t.region("second");
      const deleted = await t.fixtures.deletedBackup(to);
      const how = await expectCopyRefused(t, deleted.BackupId, to, t.regions.primary);
      t.note(how.sync ? `refused synchronously: ${how.error.name}` : "accepted, then the copy ended DELETED");
    },
  },
  {
    id: "STATE-DELETE-001",
    level: "required",
    title: "DeleteBackup moves a READY backup to PENDING_DELETION",
    asserts: "The DeleteBackup response and a following DescribeBackups both show BackupState PENDING_DELETION.",
    citations: [C.listPendingDeletionUg, C.deletePendingUg, C.restorePending],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const out = await t.client().deleteBackup({ BackupId: backup.BackupId });
      expectEqual("BackupState in the DeleteBackup response", out.Backup?.BackupState, "PENDING_DELETION");
      expectEqual("BackupState listed", (await t.describeBackup(backup.BackupId))?.BackupState, "PENDING_DELETION");
    },
  },
  {
    id: "STATE-RESTORE-001",
    level: "required",
    title: "RestoreBackup moves a PENDING_DELETION backup back to READY",
    asserts: "After DeleteBackup then RestoreBackup, the response and DescribeBackups show BackupState READY.",
    citations: [C.restorePending, C.deleteHolds],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      await t.client().deleteBackup({ BackupId: backup.BackupId });
      const out = await t.client().restoreBackup({ BackupId: backup.BackupId });
      expectEqual("BackupState in the RestoreBackup response", out.Backup?.BackupState, "READY");
      expectEqual("BackupState listed", (await t.describeBackup(backup.BackupId))?.BackupState, "READY");
    },
  },
  {
    id: "STATE-NEW-001",
    level: "required",
    title: "Activating a cluster makes a backup of it that becomes READY",
    asserts:
      "After an INITIALIZED cluster is activated (control protocol), DescribeBackups with the clusterIds filter lists a backup of that cluster, and it reaches READY.",
    citations: [C.backupOnActivate],
    needs: ["control", "billable"],
    async run(t) {
      const cluster = await t.clusters.initializedCluster();
      const clusterId = expectDefined("ClusterId", cluster.ClusterId);
      await t.control.activate(clusterId);
      const ready = await t.waitFor(
        `a READY backup of ${clusterId}`,
        async () => (await t.client().describeBackups({ Filters: { clusterIds: [clusterId] } })).Backups ?? [],
        (list) => list.some((b) => b.BackupState === "READY"),
        { advanceSeconds: (t.target.delays?.backupCreate ?? 0) + 1 },
      );
      const backup = ready.find((b) => b.BackupState === "READY");
      expectEqual("ClusterId of the backup", backup?.ClusterId, clusterId);
    },
  },
  {
    id: "STATE-NEW-002",
    level: "advisory",
    title: "A new backup is CREATE_IN_PROGRESS before it is READY",
    asserts:
      "A backup taken by the service's schedule (control protocol) is listed as CREATE_IN_PROGRESS until the backup delay passes, then READY (INFER: cloudhsmv2-api.md §5(b)).",
    undocumented: "the state a new backup is listed in before it is READY",
    citations: [C.backupStates, C.backupOnActivate],
    needs: ["control"],
    async run(t) {
      const cluster = await t.clusters.activeCluster();
      const made = await t.control.backupNow(expectDefined("ClusterId", cluster.ClusterId));
      t.cleanups.push(`delete backup ${made.BackupId}`, () => t.copies.deleteIfReady(made.BackupId, t.regions.primary));
      expectEqual("state when listed", (await t.describeBackup(made.BackupId))?.BackupState, "CREATE_IN_PROGRESS");
      const ready = await t.waitFor(
        `backup ${made.BackupId} READY`,
        async () => t.describeBackup(made.BackupId),
        (b) => b?.BackupState === "READY",
        { advanceSeconds: (t.target.delays?.backupCreate ?? 0) + 1 },
      );
      expectEqual("final state", ready?.BackupState, "READY");
    },
  },
];
