import {
  addHsm,
  backupIdsOf,
  type Cluster,
  createCluster,
  describeCluster,
  FAKE_CERT,
  newBackupOf,
  removeHsm,
  untilCluster,
  untilHsmGone,
  zonesOf,
} from "../harness/clusters.js";
import type { CheckContext } from "../harness/context.js";
import { fail, skip } from "../harness/failure.js";
import { attempt } from "../harness/service-error.js";
import { C } from "../registry/citations.js";
import { expectDefined, expectEqual, expectTrue } from "./assert.js";
import { defineGroup } from "./define.js";
import { expectRejected } from "./shared.js";

/** An Availability Zone of another region than `region`: a well-formed name no cluster of `region` can have. */
const foreignZone = (region: string) => (region === "us-west-2" ? "us-east-1a" : "us-west-2a");

/** The HSMs of a cluster that are not being or been deleted. */
const liveHsms = (c: Cluster | undefined) =>
  (c?.Hsms ?? []).filter((h) => h.State !== "DELETE_IN_PROGRESS" && h.State !== "DELETED");

/** The run's ACTIVE cluster, listed now, and its id. */
async function activeNow(t: CheckContext): Promise<{ cluster: Cluster; clusterId: string }> {
  const fixture = await t.clusters.activeCluster();
  const clusterId = expectDefined("ClusterId", fixture.ClusterId);
  return { cluster: (await describeCluster(t, clusterId, t.regions.primary)) ?? fixture, clusterId };
}

export const clusterLifecycleChecks = defineGroup("cluster-lifecycle", [
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
  {
    id: "CLU-HSM-001",
    level: "required",
    title: "CreateHsm refuses a cluster that is still being created",
    asserts:
      "CreateHsm on a cluster DescribeClusters lists as CREATE_IN_PROGRESS is rejected with HTTP 400; if it is accepted while the cluster is still CREATE_IN_PROGRESS afterwards, the check fails (a cluster that leaves CREATE_IN_PROGRESS during the call proves nothing and skips).",
    citations: [C.createHsmUninitialized],
    needs: ["billable"],
    async run(t) {
      const region = t.regions.primary;
      const created = await createCluster(t, region);
      const clusterId = expectDefined("ClusterId", created.ClusterId);
      const before = await describeCluster(t, clusterId, region);
      if (before?.State !== "CREATE_IN_PROGRESS") {
        skip(`the new cluster was already ${before?.State ?? "not listed"} when first listed`);
      }
      const result = await attempt(() =>
        t.client().createHsm({ ClusterId: clusterId, AvailabilityZone: zonesOf(before, region)[0] as string }),
      );
      if (result.ok) {
        const after = await describeCluster(t, clusterId, region);
        if (after?.State !== "CREATE_IN_PROGRESS") {
          skip(`the cluster left CREATE_IN_PROGRESS (now ${after?.State}) while CreateHsm was answered`);
        }
        fail(`CreateHsm was accepted on cluster ${clusterId}, which is still CREATE_IN_PROGRESS`);
      }
      expectEqual("HTTP status of the refusal", result.error.status, 400);
      t.note(`refused with ${result.error.name}`);
    },
  },
  {
    id: "CLU-HSM-002",
    level: "required",
    title: "CreateHsm refuses a second HSM before the cluster is activated",
    asserts:
      "On an INITIALIZED cluster that already has its first HSM, CreateHsm is rejected with HTTP 400 and the cluster keeps one HSM.",
    citations: [C.createHsmUninitialized, C.addHsmAfterActivation, C.secondHsmBeforeActivationObserved],
    needs: ["billable"],
    async run(t) {
      const cluster = await t.clusters.initializedCluster();
      const clusterId = expectDefined("ClusterId", cluster.ClusterId);
      await expectRejected(t, "CreateHsm in an INITIALIZED cluster", () =>
        t
          .client()
          .createHsm({ ClusterId: clusterId, AvailabilityZone: zonesOf(cluster, t.regions.primary)[0] as string }),
      );
      const after = await describeCluster(t, clusterId, t.regions.primary);
      expectEqual("HSMs in the cluster", liveHsms(after).length, 1);
    },
  },
  {
    id: "CLU-HSM-003",
    level: "advisory",
    title: "CreateHsm refuses an Availability Zone outside the cluster's Region",
    asserts:
      "CreateHsm naming a well-formed Availability Zone of another Region (none of the cluster's) is rejected with HTTP 400, and no HSM is added.",
    undocumented: "whether and how CreateHsm refuses an Availability Zone that is not the cluster's",
    citations: [C.createHsmAz, C.clusterSubnetMapping, C.createHsmIpAddress],
    needs: ["billable"],
    async run(t) {
      const { cluster, clusterId } = await activeNow(t);
      const zone = foreignZone(t.regions.primary);
      expectTrue("the zone is not one of the cluster's", !zonesOf(cluster, t.regions.primary).includes(zone));
      const before = liveHsms(cluster).length;
      await expectRejected(t, `CreateHsm in ${zone}`, () =>
        t.client().createHsm({ ClusterId: clusterId, AvailabilityZone: zone }),
      );
      expectEqual(
        "HSMs in the cluster",
        liveHsms(await describeCluster(t, clusterId, t.regions.primary)).length,
        before,
      );
    },
  },
  {
    id: "CLU-HSM-004",
    level: "required",
    title: "DeleteHsm deletes the HSM named by its ENI id or by its ENI IP address",
    asserts:
      "An HSM deleted with only EniId, and another with only EniIp, each ends DELETED or no longer listed, and DeleteHsm answers with that HSM's HsmId.",
    citations: [C.deleteHsmSelectors, C.deleteHsmResponse],
    needs: ["billable"],
    async run(t) {
      const { cluster, clusterId } = await activeNow(t);
      for (const selector of ["EniId", "EniIp"] as const) {
        const hsm = await addHsm(t, cluster, t.regions.primary);
        const listed = (await describeCluster(t, clusterId, t.regions.primary))?.Hsms?.find(
          (h) => h.HsmId === hsm.HsmId,
        );
        const value = expectDefined(`${selector} of the new HSM`, listed?.[selector]);
        const out = await t.client().deleteHsm({ ClusterId: clusterId, [selector]: value });
        expectEqual(`HsmId answered for DeleteHsm by ${selector}`, out.HsmId, hsm.HsmId);
        await untilHsmGone(t, clusterId, hsm.HsmId, t.regions.primary);
      }
    },
  },
  {
    id: "CLU-HSM-005",
    level: "advisory",
    title: "DeleteHsm refuses a request that names no HSM or more than one selector",
    asserts:
      "DeleteHsm with none of HsmId, EniId and EniIp, and with both HsmId and EniId, is each rejected with HTTP 400 and deletes nothing (the documents say only one is needed, not what happens otherwise).",
    undocumented: "what DeleteHsm does with no selector or with several",
    citations: [C.deleteHsmSelectors],
    needs: ["billable"],
    async run(t) {
      const { cluster, clusterId } = await activeNow(t);
      const hsm = liveHsms(cluster)[0] ?? (await addHsm(t, cluster, t.regions.primary));
      const listed = (await describeCluster(t, clusterId, t.regions.primary))?.Hsms?.find((h) => h.HsmId === hsm.HsmId);
      await expectRejected(t, "DeleteHsm without a selector", () => t.client().deleteHsm({ ClusterId: clusterId }));
      await expectRejected(t, "DeleteHsm with HsmId and EniId", () =>
        t.client().deleteHsm({ ClusterId: clusterId, HsmId: hsm.HsmId, EniId: listed?.EniId }),
      );
      const after = await describeCluster(t, clusterId, t.regions.primary);
      expectTrue(
        "the HSM is still there",
        liveHsms(after).some((h) => h.HsmId === hsm.HsmId),
        after?.Hsms,
      );
    },
  },
  {
    id: "CLU-HSM-006",
    level: "required",
    title: "A deleted HSM leaves the cluster",
    asserts:
      "After DeleteHsm by HsmId the HSM is listed DELETE_IN_PROGRESS or DELETED, or not at all, and in the end is no longer an HSM of the cluster (DELETED or not listed).",
    citations: [C.deleteHsmSelectors, C.hsmStates],
    needs: ["billable"],
    async run(t) {
      const { cluster, clusterId } = await activeNow(t);
      const hsm = await addHsm(t, cluster, t.regions.primary);
      await t.client().deleteHsm({ ClusterId: clusterId, HsmId: hsm.HsmId });
      const state = (await describeCluster(t, clusterId, t.regions.primary))?.Hsms?.find(
        (h) => h.HsmId === hsm.HsmId,
      )?.State;
      expectTrue(
        "the HSM is being deleted right after DeleteHsm",
        state === undefined || state === "DELETE_IN_PROGRESS" || state === "DELETED",
        state,
      );
      await untilHsmGone(t, clusterId, hsm.HsmId, t.regions.primary);
    },
  },
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
]);
