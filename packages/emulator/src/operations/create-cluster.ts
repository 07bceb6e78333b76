import type { Handler } from "../dispatch/handlers.js";
import { createCluster } from "../domain/cluster.js";

export const CreateCluster: Handler<"CreateCluster"> = (input, ctx) => ({ Cluster: createCluster(ctx, input) });
