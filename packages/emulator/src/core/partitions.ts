import { type PartitionId, type ServedPartitions, servedPartitionOf } from "@cloudhsm-kit/spec";

/**
 * The regions a service is served in and their partitions, from the project's one partition table
 * (`@cloudhsm-kit/spec`: AWS's partitions.json and the partitions the service's document names).
 */
export function servedRegionsOf(service: ServedPartitions) {
  /** The partition of a region the service is served in, or undefined for any other name. */
  const partitionOf = (region: string): PartitionId | undefined => servedPartitionOf(service, region);
  return { partitionOf, isServedRegion: (region: string): boolean => partitionOf(region) !== undefined };
}
