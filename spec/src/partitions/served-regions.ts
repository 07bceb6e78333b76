import { PARTITION_REGIONS } from "../generated/partitions.js";
import type { PartitionId } from "./partition-of.js";

/** What of a service decides where it is served: the partitions its document names (`info.x-aws-service`). */
export interface ServedPartitions {
  readonly id: string;
  readonly partitions: readonly string[];
}

const byService = new Map<string, ReadonlyMap<string, PartitionId>>();

/** Region → partition for every region a service is served in, built once per service. */
function servedMap(service: ServedPartitions): ReadonlyMap<string, PartitionId> {
  let map = byService.get(service.id);
  if (map === undefined) {
    const entries = Object.entries(PARTITION_REGIONS).filter(([id]) => service.partitions.includes(id));
    map = new Map(entries.flatMap(([id, regions]) => regions.map((region) => [region, id as PartitionId] as const)));
    byService.set(service.id, map);
  }
  return map;
}

/**
 * The regions a service is served in: every region AWS's partition table lists in the partitions the service's
 * document names, in table order (pseudo-regions such as `aws-global` are not regions a resource lives in).
 */
export function servedRegions(service: ServedPartitions): string[] {
  return [...servedMap(service).keys()];
}

/** The partition of a region the service is served in; undefined for any other name. */
export function servedPartitionOf(service: ServedPartitions, region: string): PartitionId | undefined {
  return servedMap(service).get(region);
}
