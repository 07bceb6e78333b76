import type { Handler } from "../dispatch/handlers.js";
import { initializeCluster } from "../domain/cluster.js";

export const InitializeCluster: Handler<"InitializeCluster"> = (input, ctx) =>
  initializeCluster(ctx, input.ClusterId, input.SignedCert, input.TrustAnchor);
