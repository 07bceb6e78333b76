import { modifyCluster } from "../domain/cluster.js";
import type { Handler } from "../handlers.js";

export const ModifyCluster: Handler<"ModifyCluster"> = (input, ctx) => ({
  Cluster: modifyCluster(ctx, input.ClusterId, input),
});
