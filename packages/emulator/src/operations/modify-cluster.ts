import type { Handler } from "../dispatch/handlers.js";
import { modifyCluster } from "../domain/cluster.js";

export const ModifyCluster: Handler<"ModifyCluster"> = (input, ctx) => ({
  Cluster: modifyCluster(ctx, input.ClusterId, input),
});
