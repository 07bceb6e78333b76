import { deleteCluster } from "../domain/cluster.js";
import { UNDOC } from "../domain/undocumented.js";
import type { Handler } from "../handlers.js";

/**
 * The reply leaves out an empty TagList: real DeleteCluster replies (cloud-custodian recordings of 2020 and 2022)
 * carry none while DescribeClusters lists `"TagList": []` for the same cluster. A non-empty one: UNDOC.
 */
export const DeleteCluster: Handler<"DeleteCluster"> = (input, ctx) => {
  const { TagList, ...rest } = deleteCluster(ctx, input.ClusterId);
  const keep = TagList.length > 0 && UNDOC.deleteClusterReplyKeepsTags;
  return { Cluster: keep ? { ...rest, TagList } : rest };
};
