import { defineFault, type FaultHooks } from "../fault.js";
import { okReply } from "../wire-json.js";
import { type Cluster, describeCluster, type Hsm, liveHsms, madeUpHsm, refused } from "./clusters.js";

const BEFORE_ACTIVATION = ["UNINITIALIZED", "INITIALIZE_IN_PROGRESS", "INITIALIZED"];

/** Hooks that turn a refused CreateHsm into a success (a made-up HSM) when `wrongly` holds for the cluster. */
function acceptingCreateHsm(wrongly: (cluster: Cluster) => boolean): () => FaultHooks {
  return () => {
    let made = 0;
    return {
      response: async (reply, { input }, context) => {
        if (!refused(reply)) {
          return undefined;
        }
        const cluster = await describeCluster(context, input?.ClusterId);
        return cluster && wrongly(cluster) ? { status: 200, output: { Hsm: madeUpHsm(input, made++) } } : undefined;
      },
    };
  };
}

export const createHsmWhileCreating = defineFault({
  name: "create-hsm-on-creating-cluster-accepted",
  level: "required",
  breaks: "Before you can create an HSM in your cluster, the cluster must be in the uninitialized state.",
  source: "UG create-hsm.html; cloudhsmv2-api.md §2.1 CreateHsm",
  groups: ["cluster-lifecycle"],
  operations: ["CreateHsm"],
  create: acceptingCreateHsm((c) => c.State === "CREATE_IN_PROGRESS"),
});

export const secondHsmBeforeActivation = defineFault({
  name: "second-hsm-before-activation-accepted",
  level: "required",
  breaks: "A cluster gets its second HSM only once it is activated; CreateHsm refuses a second HSM before that.",
  source: "UG create-hsm.html, getting-started.html (create one HSM, initialize, activate)",
  groups: ["cluster-lifecycle"],
  operations: ["CreateHsm"],
  create: acceptingCreateHsm((c) => BEFORE_ACTIVATION.includes(c.State ?? "") && liveHsms(c).length > 0),
});

export const foreignZoneAccepted = defineFault({
  name: "foreign-availability-zone-accepted",
  level: "advisory",
  breaks: "CreateHsm creates the HSM in one of the cluster's Availability Zones; another Region's zone is refused.",
  source: "API_CreateHsm AvailabilityZone (use DescribeClusters to find the cluster's zones); UNDOC refusal",
  groups: ["cluster-lifecycle"],
  operations: ["CreateHsm"],
  create: () => ({
    // The zone is quietly replaced by the cluster's first one, so the HSM is made where it was not asked for.
    request: async ({ input }, context) => {
      const zones = Object.keys((await describeCluster(context, input?.ClusterId))?.SubnetMapping ?? {});
      const zone = input?.AvailabilityZone;
      return input && typeof zone === "string" && zones.length > 0 && !zones.includes(zone)
        ? { input: { ...input, AvailabilityZone: zones[0] } }
        : undefined;
    },
  }),
});

/** The HSM of `cluster` that a DeleteHsm selector names. */
function selected(cluster: Cluster | undefined, key: "EniId" | "EniIp", value: unknown): Hsm | undefined {
  return (cluster?.Hsms ?? []).find((h) => h[key] === value);
}

export const deleteHsmByEniIgnored = defineFault({
  name: "delete-hsm-by-eni-ignored",
  level: "required",
  breaks: "DeleteHsm deletes the HSM named by the ID or the IP address of its ENI, as it does by HSM ID.",
  source: "API_DeleteHsm (its identifier, the IP address of the HSM's ENI, or the ID of the HSM's ENI)",
  groups: ["cluster-lifecycle"],
  operations: ["DeleteHsm"],
  create: () => ({
    // Answered with the right HsmId, but never forwarded: nothing is deleted.
    request: async ({ input }, context) => {
      const key = input?.EniId !== undefined ? "EniId" : input?.EniIp !== undefined ? "EniIp" : undefined;
      if (!input || !key || input.HsmId !== undefined) {
        return undefined;
      }
      const hsm = selected(await describeCluster(context, input.ClusterId), key, input[key]);
      return hsm ? { answer: okReply({ HsmId: hsm.HsmId }) } : undefined;
    },
  }),
});

const SELECTORS = ["HsmId", "EniId", "EniIp"] as const;

export const deleteHsmSelectorsUnchecked = defineFault({
  name: "delete-hsm-selector-count-unchecked",
  level: "advisory",
  breaks: "DeleteHsm takes exactly one of HsmId, EniId and EniIp; none or several is refused.",
  source: "API_DeleteHsm (You need to specify only one of these values); UNDOC refusal",
  groups: ["cluster-lifecycle"],
  operations: ["DeleteHsm"],
  create: () => ({
    // Several selectors: the first one wins. None: the cluster's first HSM is deleted.
    request: async ({ input }, context) => {
      const given = SELECTORS.filter((k) => input?.[k] !== undefined);
      if (!input || given.length === 1) {
        return undefined;
      }
      if (given.length > 1) {
        const [first] = given as [(typeof SELECTORS)[number]];
        return { input: { ClusterId: input.ClusterId, [first]: input[first] } };
      }
      const hsm = liveHsms(await describeCluster(context, input.ClusterId))[0];
      return hsm ? { input: { ...input, HsmId: hsm.HsmId } } : undefined;
    },
  }),
});

export const deletedHsmListedActive = defineFault({
  name: "deleted-hsm-listed-active",
  level: "required",
  breaks: "An HSM deleted with DeleteHsm leaves its cluster: it is DELETE_IN_PROGRESS, DELETED or no longer listed.",
  source: "API_DeleteHsm; API_Hsm State (CREATE_IN_PROGRESS | ACTIVE | DEGRADED | DELETE_IN_PROGRESS | DELETED)",
  groups: ["cluster-lifecycle"],
  operations: ["DeleteHsm", "DescribeClusters"],
  create: () => {
    /** Every HSM seen in a listing, by id; the deleted ones stay listed as they were, ACTIVE. */
    const seen = new Map<string, Hsm>();
    const deleted = new Set<string>();
    return {
      response: ({ output }, { operation }) => {
        if (operation === "DeleteHsm") {
          if (typeof output?.HsmId === "string") {
            deleted.add(output.HsmId);
          }
          return undefined;
        }
        const clusters = output?.Clusters;
        if (!Array.isArray(clusters)) {
          return undefined;
        }
        let changed = false;
        const revived = clusters.map((c: Cluster) => {
          const hsms = (c.Hsms ?? []).filter((h) => !deleted.has(h.HsmId ?? ""));
          for (const h of c.Hsms ?? []) {
            seen.set(h.HsmId ?? "", h);
          }
          const kept = [...seen.values()].filter((h) => h.ClusterId === c.ClusterId && deleted.has(h.HsmId ?? ""));
          changed ||= kept.length > 0;
          return kept.length > 0 ? { ...c, Hsms: [...hsms, ...kept.map((h) => ({ ...h, State: "ACTIVE" }))] } : c;
        });
        return changed ? { output: { ...output, Clusters: revived } } : undefined;
      },
    };
  },
});
