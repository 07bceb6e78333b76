import { PARTITIONS } from "../generated/partitions.js";

/** One AWS partition as endpoint resolution reads it (AWS's partitions.json; see src/generated/partitions.ts). */
export type Partition = (typeof PARTITIONS)[number];

export type PartitionId = Partition["id"];

/**
 * The rules engine's `aws.partition` function: the partition that lists the region among the names its regex misses
 * (the `*-global` pseudo-regions), else the first whose region regex matches, else `aws` (so that a new commercial
 * region works before the table is updated). Browser-safe and small: it reads the compact table only.
 *
 * @example
 * partitionOf("cn-north-1").dnsSuffix; // "amazonaws.com.cn"
 */
export function partitionOf(region: string): Partition {
  return (
    PARTITIONS.find((p) => (p.regionsOutsideRegex as readonly string[]).includes(region)) ??
    PARTITIONS.find((p) => p.regionRegex.test(region)) ??
    PARTITIONS[0]
  );
}
