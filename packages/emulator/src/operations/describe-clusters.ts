import type { Handler } from "../dispatch/handlers.js";
import { describeClusters } from "../domain/describe-clusters.js";

export const DescribeClusters: Handler<"DescribeClusters"> = (input, ctx) => describeClusters(ctx, input);
