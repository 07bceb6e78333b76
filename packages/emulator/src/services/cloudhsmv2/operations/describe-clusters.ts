import { describeClusters } from "../domain/describe-clusters.js";
import type { Handler } from "../handlers.js";

export const DescribeClusters: Handler<"DescribeClusters"> = (input, ctx) => describeClusters(ctx, input);
