import { expectDefined, expectEqual, expectTrue } from "../../../harness/assert.js";
import { fail, skip } from "../../../harness/failure.js";
import { attempt } from "../../../harness/service-error.js";
import { C } from "../citations.js";
import type { Check } from "../context.js";
import { activeNow, liveHsms } from "../fixtures/active-cluster.js";
import { addHsm, createCluster, describeCluster, untilHsmGone, zonesOf } from "../fixtures/clusters.js";
import { expectRejected } from "../fixtures/refusals.js";

/** An Availability Zone of another region than `region`: a well-formed name no cluster of `region` can have. */
const foreignZone = (region: string) => (region === "us-west-2" ? "us-east-1a" : "us-west-2a");

/** The HSM half of the cluster and HSM lifecycle group: where and when HSMs are created and deleted. */
export const hsmLifecycleChecks: readonly Check[] = [
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
];
