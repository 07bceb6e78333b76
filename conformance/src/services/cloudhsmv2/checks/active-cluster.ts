import { expectDefined } from "../../../harness/assert.js";
import type { CloudHsmContext } from "../context.js";
import { type Cluster, describeCluster } from "../fixtures/clusters.js";

/** The HSMs of a cluster that are not being or been deleted. */
export const liveHsms = (c: Cluster | undefined) =>
  (c?.Hsms ?? []).filter((h) => h.State !== "DELETE_IN_PROGRESS" && h.State !== "DELETED");

/** The run's ACTIVE cluster, listed now, and its id. */
export async function activeNow(t: CloudHsmContext): Promise<{ cluster: Cluster; clusterId: string }> {
  const fixture = await t.clusters.activeCluster();
  const clusterId = expectDefined("ClusterId", fixture.ClusterId);
  return { cluster: (await describeCluster(t, clusterId, t.regions.primary)) ?? fixture, clusterId };
}
