import { expectDefined, expectEqual } from "../../../harness/assert.js";
import { expectServiceError } from "../../../harness/service-error.js";
import { C } from "../citations.js";
import type { Check } from "../context.js";
import { clusterFrom, createCluster, describeCluster } from "../fixtures/clusters.js";
import { UNKNOWN_BACKUP_ID } from "../fixtures/refusals.js";

export const createClusterChecks: readonly Check[] = [
  {
    id: "CC-BACKUP-001",
    level: "required",
    title: "CreateCluster from a backup id records the backup as the cluster's SourceBackupId",
    asserts: "The CreateCluster response and DescribeClusters show SourceBackupId equal to the backup id sent.",
    citations: [C.createFromBackup, C.clusterSourceBackupId],
    needs: ["ready-backup", "billable"],
    async run(t) {
      const backup = await t.fixtures.readyBackup();
      const cluster = await clusterFrom(t, backup.BackupId, backup);
      expectEqual("SourceBackupId in the response", cluster.SourceBackupId, backup.BackupId);
      const listed = await describeCluster(t, expectDefined("ClusterId", cluster.ClusterId), t.regions.primary);
      expectEqual("SourceBackupId listed", listed?.SourceBackupId, backup.BackupId);
    },
  },
  {
    id: "CC-BACKUP-002",
    level: "required",
    title: "A cluster created from a backup becomes ACTIVE without initialization",
    asserts: "The cluster reaches ACTIVE (polling) without InitializeCluster or activation, and never UNINITIALIZED.",
    citations: [C.createFromBackupNoInit],
    needs: ["ready-backup", "billable"],
    async run(t) {
      const backup = await t.fixtures.readyBackup();
      const cluster = await clusterFrom(t, backup.BackupId, backup);
      const clusterId = expectDefined("ClusterId", cluster.ClusterId);
      const seen = new Set<string>();
      const final = await t.waitFor(
        `cluster ${clusterId} ACTIVE`,
        async () => {
          const c = await describeCluster(t, clusterId, t.regions.primary);
          seen.add(c?.State ?? "absent");
          return c;
        },
        (c) => c?.State === "ACTIVE" || c?.State === "UNINITIALIZED",
        { advanceSeconds: (t.target.delays?.clusterCreate ?? 0) + 1 },
      );
      expectEqual(`final state (states seen: ${[...seen].join(", ")})`, final?.State, "ACTIVE");
    },
  },
  {
    id: "CC-BACKUP-003",
    level: "required",
    title: "CreateCluster accepts the backup's ARN as SourceBackupId",
    asserts: "CreateCluster with SourceBackupId set to the backup's BackupArn succeeds and records the backup id.",
    citations: [C.createFromBackup, C.crossAccountArn],
    needs: ["ready-backup", "billable"],
    async run(t) {
      const backup = await t.fixtures.readyBackup();
      const arn = expectDefined("BackupArn of the backup", backup.BackupArn);
      const cluster = await clusterFrom(t, arn, backup);
      expectEqual("SourceBackupId", cluster.SourceBackupId, backup.BackupId);
    },
  },
  {
    id: "CC-BACKUP-004",
    level: "required",
    title: "CreateCluster rejects an unknown source backup as not found",
    asserts: "A well-formed unknown SourceBackupId gives HTTP 400 CloudHsmResourceNotFoundException.",
    citations: [C.resourceNotFound400, C.createFromBackup],
    needs: ["billable"],
    async run(t) {
      await expectServiceError(
        "CreateCluster from an unknown backup",
        () =>
          t.client().createCluster({
            HsmType: t.target.cluster.hsmType,
            SubnetIds: t.target.cluster.subnetIds,
            SourceBackupId: UNKNOWN_BACKUP_ID,
          }),
        { names: ["CloudHsmResourceNotFoundException"] },
      );
    },
  },
  {
    id: "CC-BACKUP-005",
    level: "required",
    title: "CreateCluster in the destination region accepts a copied backup",
    asserts: "After a copy reaches READY, CreateCluster in the destination region from the copy's id succeeds.",
    citations: [C.copyReady, C.createFromBackup],
    needs: ["ready-backup", "second-region", "billable"],
    async run(t) {
      const source = await t.fixtures.readyBackup();
      const to = t.region("second");
      const { copy: ready } = await t.copies.readyCopyOf(source.BackupId, t.regions.primary, to);
      const cluster = await clusterFrom(t, ready.BackupId, ready, to);
      expectEqual("SourceBackupId", cluster.SourceBackupId, ready.BackupId);
    },
  },
  {
    id: "CC-BACKUP-006",
    level: "advisory",
    title: "CreateCluster rejects a source backup that is pending deletion",
    asserts: "CreateCluster from a PENDING_DELETION backup gives HTTP 400 CloudHsmInvalidRequestException (UNDOC).",
    undocumented: "the error of CreateCluster from a backup pending deletion",
    citations: [C.createFromBackup, C.pendingDeletionState],
    needs: ["ready-backup", "billable"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      await t.client().deleteBackup({ BackupId: backup.BackupId });
      await expectServiceError(
        "CreateCluster from a PENDING_DELETION backup",
        () => clusterFrom(t, backup.BackupId, backup),
        { names: ["CloudHsmInvalidRequestException"] },
      );
    },
  },
  {
    id: "CC-PLAIN-001",
    level: "required",
    title: "A cluster created without a backup has no SourceBackupId",
    asserts:
      "CreateCluster without SourceBackupId returns, and DescribeClusters lists, a cluster with no SourceBackupId value (absent or null).",
    citations: [C.clusterSourceBackupId],
    needs: ["billable"],
    async run(t) {
      const created = await createCluster(t, t.regions.primary);
      const clusterId = expectDefined("ClusterId", created.ClusterId);
      expectEqual("SourceBackupId in the response", created.SourceBackupId ?? undefined, undefined);
      const listed = await describeCluster(t, clusterId, t.regions.primary);
      expectEqual("SourceBackupId listed", listed?.SourceBackupId ?? undefined, undefined);
    },
  },
];
