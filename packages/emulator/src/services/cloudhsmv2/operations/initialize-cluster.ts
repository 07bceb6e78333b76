import { initializeCluster } from "../domain/cluster.js";
import type { Handler } from "../handlers.js";

/** The TrustAnchor is kept by the HSMs in AWS and is not part of the Cluster shape, so only SignedCert is stored. */
export const InitializeCluster: Handler<"InitializeCluster"> = (input, ctx) =>
  initializeCluster(ctx, input.ClusterId, input.SignedCert);
