import { PARTITION_REGIONS } from "../generated/partitions.js";
import { anchored, type Comparison } from "./context.js";
import type { BotocoreModel } from "./types.js";

/**
 * The partitions the spec says the service is served in (`info.x-aws-service.partitions`) against AWS's model: when
 * the model has a `Region` shape (the type of a region a request may name), its pattern must admit every region AWS's
 * partition table lists in those partitions, and none of any other partition (cloudhsmv2-api.md §1.2).
 */
export function comparePartitions(
  c: Comparison,
  model: BotocoreModel,
  partitions: readonly string[] | undefined,
): void {
  const at = "metadata";
  if (partitions === undefined) {
    c.differ(at, "partitions served (info.x-aws-service.partitions)", "a list of partitions", undefined);
    return;
  }
  for (const id of partitions.filter((p) => !(p in PARTITION_REGIONS))) {
    c.differ(at, "partition served (info.x-aws-service.partitions) is in AWS's partition table", undefined, id);
  }
  const pattern = anchored(model.shapes.Region?.pattern);
  if (pattern === undefined) {
    return;
  }
  const region = new RegExp(pattern, "u");
  for (const [id, regions] of Object.entries(PARTITION_REGIONS)) {
    const served = partitions.includes(id);
    for (const name of regions) {
      c.compared.regions++;
      const admitted = region.test(name);
      if (admitted !== served) {
        const what = `the model's Region pattern ${admitted ? "admits" : "refuses"} a region of ${id}`;
        c.differ(`Region ${name}`, `${what} (model: admitted; spec: served)`, admitted, served);
      }
    }
  }
}
