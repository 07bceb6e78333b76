import type { FaultContext, Json, ReplyView } from "../fault.js";

/** What the cluster faults read of a cluster and its HSMs (wire shape, as DescribeClusters lists them). */
export type Hsm = Json & { HsmId?: string; State?: string; EniId?: string; EniIp?: string; ClusterId?: unknown };
export type Cluster = Json & { ClusterId?: string; State?: string; Hsms?: Hsm[]; SubnetMapping?: Json };

/** The states in which an HSM still belongs to its cluster. */
export const liveHsms = (cluster: Cluster | undefined): Hsm[] =>
  (cluster?.Hsms ?? []).filter((h) => h.State !== "DELETE_IN_PROGRESS" && h.State !== "DELETED");

/** The cluster as DescribeClusters lists it now (the fault's own call); undefined when it is not listed. */
export async function describeCluster(context: FaultContext, clusterId: unknown): Promise<Cluster | undefined> {
  if (typeof clusterId !== "string") {
    return undefined;
  }
  const reply = await context.call("DescribeClusters", { Filters: { clusterIds: [clusterId] } });
  const clusters = reply.output?.Clusters;
  return Array.isArray(clusters) ? (clusters.find((c: Cluster) => c.ClusterId === clusterId) as Cluster) : undefined;
}

/** True for a refusal the service sends for a request it understood (HTTP 4xx). */
export const refused = (reply: ReplyView): boolean => reply.status >= 400 && reply.status < 500;

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * A made-up HSM for a CreateHsm the fault claims to have accepted: the HsmId, ENI id and IP address match the model's
 * patterns (so only the behaviour is wrong, not the reply's shape), and `n` keeps the ids of one proxy apart.
 */
export function madeUpHsm(input: Json | undefined, n: number): Hsm {
  const suffix = `${LETTERS[Math.floor(n / 26) % 26]}${LETTERS[n % 26]}`;
  return {
    AvailabilityZone: input?.AvailabilityZone,
    ClusterId: input?.ClusterId,
    EniId: `eni-0fa017${String(n).padStart(11, "0")}`,
    EniIp: `10.0.9.${(n % 200) + 10}`,
    HsmId: `hsm-faultproxy${suffix}`,
    State: "CREATE_IN_PROGRESS",
  };
}
