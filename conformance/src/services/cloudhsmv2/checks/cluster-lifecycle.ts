import { expectDefined, expectEqual } from "../../../harness/assert.js";
import { C } from "../citations.js";
import type { Check } from "../context.js";
import { activeNow, liveHsms } from "../fixtures/active-cluster.js";
import {
  addHsm,
  backupIdsOf,
  createCluster,
  describeCluster,
  FAKE_CERT,
  newBackupOf,
  removeHsm,
  untilCluster,
} from "../fixtures/clusters.js";
import { expectRejected } from "../fixtures/refusals.js";
import { hsmLifecycleChecks } from "./hsm-lifecycle.js";

/** The cluster and HSM lifecycle: new clusters, their HSMs (hsm-lifecycle.ts), deletion, initialization, backups. */
export const clusterLifecycleChecks: readonly Check[] = [
  {
    id: "CLU-NEW-001",
    level: "required",
    title: "A cluster created without a backup becomes UNINITIALIZED, ready for its first HSM",
    asserts:
      "CreateCluster without SourceBackupId answers a cluster that, polled, leaves CREATE_IN_PROGRESS as UNINITIALIZED (the state in which the user guide creates the first HSM), not ACTIVE.",
    citations: [C.createHsmUninitialized, C.clusterStates],
    needs: ["billable"],
    async run(t) {
      const created = await createCluster(t, t.regions.primary);
      const clusterId = expectDefined("ClusterId", created.ClusterId);
      const settled = await untilCluster(
        t,
        clusterId,
        t.regions.primary,
        "out of CREATE_IN_PROGRESS",
        (c) => !!c && c.State !== "CREATE_IN_PROGRESS",
        "clusterCreate",
      );
      expectEqual("state of the new cluster", settled?.State, "UNINITIALIZED");
    },
  },
  ...hsmLifecycleChecks,
  {
    id: "CLU-DELETE-001",
    level: "required",
    title: "DeleteCluster refuses a cluster that still has HSMs",
    asserts:
      "DeleteCluster on an UNINITIALIZED cluster with one HSM is rejected with HTTP 400, and the cluster is still listed and not being deleted.",
    citations: [C.deleteClusterHsmsFirst],
    needs: ["billable"],
    async run(t) {
      const cluster = await t.clusters.plainCluster();
      const clusterId = expectDefined("ClusterId", cluster.ClusterId);
      await addHsm(t, cluster, t.regions.primary);
      await expectRejected(t, "DeleteCluster with an HSM", () => t.client().deleteCluster({ ClusterId: clusterId }));
      const after = await describeCluster(t, clusterId, t.regions.primary);
      expectEqual("state after the refusal", after?.State, "UNINITIALIZED");
    },
  },
  {
    id: "CLU-INIT-001",
    level: "required",
    title: "InitializeCluster moves an UNINITIALIZED cluster with an HSM through INITIALIZE_IN_PROGRESS to INITIALIZED",
    asserts:
      "With the cluster's first HSM ACTIVE, InitializeCluster answers State INITIALIZE_IN_PROGRESS (as the user guide's example output shows), and the cluster becomes INITIALIZED.",
    citations: [C.initializeClusterCsr, C.initializeExampleOutput],
    needs: ["billable"],
    async run(t) {
      const cluster = await t.clusters.plainCluster();
      const clusterId = expectDefined("ClusterId", cluster.ClusterId);
      await addHsm(t, cluster, t.regions.primary);
      const out = await t
        .client()
        .initializeCluster({ ClusterId: clusterId, SignedCert: FAKE_CERT, TrustAnchor: FAKE_CERT });
      expectEqual("State in the InitializeCluster response", out.State, "INITIALIZE_IN_PROGRESS");
      const done = await untilCluster(
        t,
        clusterId,
        t.regions.primary,
        "out of INITIALIZE_IN_PROGRESS",
        (c) => c?.State !== "INITIALIZE_IN_PROGRESS",
        "clusterInitialize",
      );
      expectEqual("state after initialization", done?.State, "INITIALIZED");
    },
  },
  {
    id: "CLU-INIT-002",
    level: "required",
    title: "InitializeCluster refuses a cluster that is ACTIVE",
    asserts:
      "InitializeCluster on an ACTIVE cluster (one restored from a backup, which has no certificate signing request to sign) is rejected with HTTP 400 and the cluster stays ACTIVE.",
    citations: [C.clusterCsrUninitialized, C.initializeClusterCsr],
    needs: ["billable"],
    async run(t) {
      const { clusterId } = await activeNow(t);
      await expectRejected(t, "InitializeCluster on an ACTIVE cluster", () =>
        t.client().initializeCluster({ ClusterId: clusterId, SignedCert: FAKE_CERT, TrustAnchor: FAKE_CERT }),
      );
      expectEqual("state", (await describeCluster(t, clusterId, t.regions.primary))?.State, "ACTIVE");
    },
  },
  {
    id: "CLU-INIT-003",
    level: "required",
    title: "InitializeCluster refuses a cluster that has no HSM yet",
    asserts:
      "InitializeCluster on an UNINITIALIZED cluster without an HSM (so without its certificate signing request, which is observed to appear with the first HSM) is rejected with HTTP 400.",
    citations: [C.initializeClusterUg, C.initializeClusterCsr, C.clusterCsrUninitialized, C.csrAfterFirstHsmObserved],
    needs: ["billable"],
    async run(t) {
      const cluster = await t.clusters.plainCluster();
      const clusterId = expectDefined("ClusterId", cluster.ClusterId);
      await expectRejected(t, "InitializeCluster without an HSM", () =>
        t.client().initializeCluster({ ClusterId: clusterId, SignedCert: FAKE_CERT, TrustAnchor: FAKE_CERT }),
      );
    },
  },
  {
    id: "CLU-BACKUP-001",
    level: "required",
    title: "Adding an HSM to an active cluster makes a backup of the cluster",
    asserts:
      "After CreateHsm on an ACTIVE cluster, DescribeBackups lists a new backup of that cluster, and it becomes READY.",
    citations: [C.backupOnAddHsm],
    needs: ["billable"],
    async run(t) {
      const { cluster, clusterId } = await activeNow(t);
      const before = await backupIdsOf(t, clusterId, t.regions.primary);
      await addHsm(t, cluster, t.regions.primary);
      const backup = await newBackupOf(t, clusterId, t.regions.primary, before);
      t.cleanups.push(`delete backup ${backup.BackupId}`, () =>
        t.copies.deleteIfReady(backup.BackupId, t.regions.primary),
      );
      expectEqual("ClusterId of the new backup", backup.ClusterId, clusterId);
    },
  },
  {
    id: "CLU-BACKUP-002",
    level: "required",
    title: "Removing an HSM from an active cluster makes a backup of the cluster",
    asserts:
      "After DeleteHsm on an ACTIVE cluster, DescribeBackups lists a new backup of that cluster, and it becomes READY.",
    citations: [C.backupOnRemoveHsm],
    needs: ["billable"],
    async run(t) {
      const { cluster, clusterId } = await activeNow(t);
      const hsm = liveHsms(cluster)[0] ?? (await addHsm(t, cluster, t.regions.primary));
      const before = await backupIdsOf(t, clusterId, t.regions.primary);
      await removeHsm(t, clusterId, hsm.HsmId, t.regions.primary);
      const backup = await newBackupOf(t, clusterId, t.regions.primary, before);
      t.cleanups.push(`delete backup ${backup.BackupId}`, () =>
        t.copies.deleteIfReady(backup.BackupId, t.regions.primary),
      );
      expectEqual("ClusterId of the new backup", backup.ClusterId, clusterId);
    },
  },
];
