import type { Handler } from "../dispatch/handlers.js";
import { deleteCluster } from "../domain/cluster.js";

export const DeleteCluster: Handler<"DeleteCluster"> = (input, ctx) => ({
  Cluster: deleteCluster(ctx, input.ClusterId),
});
