import { createCluster } from "../domain/cluster.js";
import type { Handler } from "../handlers.js";

export const CreateCluster: Handler<"CreateCluster"> = (input, ctx) => ({ Cluster: createCluster(ctx, input) });
