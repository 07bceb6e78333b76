import { encodeToken, fingerprint, isSortKey } from "../../../core/pagination.js";
import { CLUSTER_STATES, type Cluster } from "../store/records.js";
import type { DomainContext } from "./context.js";
import { checkStates } from "./filters.js";
import { LISTING_CHOICES } from "./listing-choices.js";
import { readToken } from "./page-tokens.js";
import { UNDOC_ERRORS, UNDOC_MESSAGES } from "./undocumented-errors.js";

/**
 * DescribeClusters (API_DescribeClusters): filters clusterIds, vpcIds, states (values checked like DescribeBackups'
 * states, LISTING_CHOICES.checkStatesFilterValues); MaxResults 1–25; a well-formed but
 * unknown cluster ID gives 200 and `[]` (observed §5). Deleted clusters are listed as DELETED for a while (observed
 * §6, CLUSTER_CHOICES.clusterTombstoneSeconds).
 */
export const CLUSTER_FILTER_KEYS = ["clusterIds", "vpcIds", "states"] as const;

interface ClusterKey {
  t: number;
  i: string;
}
const cmp = (a: ClusterKey, b: ClusterKey) => (a.t !== b.t ? a.t - b.t : a.i < b.i ? -1 : a.i > b.i ? 1 : 0);
const keyOf = (c: Cluster): ClusterKey => ({ t: c.CreateTimestamp, i: c.ClusterId });

export function describeClusters(
  ctx: DomainContext,
  input: { Filters?: Record<string, string[]>; MaxResults?: number; NextToken?: string },
): { Clusters: Cluster[]; NextToken?: string } {
  const filters = input.Filters ?? {};
  for (const [key, values] of Object.entries(filters)) {
    if (!(CLUSTER_FILTER_KEYS as readonly string[]).includes(key)) {
      throw UNDOC_ERRORS.validation(UNDOC_MESSAGES.unknownFilter(key, CLUSTER_FILTER_KEYS));
    }
    if (key === "states") {
      checkStates(values, CLUSTER_STATES);
    }
  }
  const has = (key: string, value: string) => filters[key] === undefined || (filters[key] as string[]).includes(value);
  const fp = fingerprint({ filters });
  const after =
    input.NextToken !== undefined && input.NextToken !== ""
      ? readToken(input.NextToken, "clusters", fp, isSortKey("cluster"))
      : undefined;
  const sign = LISTING_CHOICES.clustersSortAscending ? 1 : -1;
  const all = [...ctx.store.region(ctx.account, ctx.region).clusters.values()]
    .filter((c) => has("clusterIds", c.ClusterId) && has("vpcIds", c.VpcId) && has("states", c.State))
    .sort((a, b) => sign * cmp(keyOf(a), keyOf(b)))
    .filter((c) => after === undefined || sign * cmp(keyOf(c), after) > 0);
  const limit = input.MaxResults ?? LISTING_CHOICES.defaultClustersPageSize;
  const page = all.slice(0, limit);
  const last = page[page.length - 1];
  return all.length > limit && last
    ? { Clusters: page, NextToken: encodeToken("clusters", fp, keyOf(last)) }
    : { Clusters: page };
}
