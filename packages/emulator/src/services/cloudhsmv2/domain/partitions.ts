import { cloudHsmV2, type PartitionId, servedPartitionOf } from "@cloudhsm-kit/spec";

/**
 * The regions the emulator serves and their partitions: those CloudHSM v2 is served in, from the project's one
 * partition table (`@cloudhsm-kit/spec`: AWS's partitions.json and the partitions the CloudHSM document names —
 * aws, aws-cn and aws-us-gov, the ones the model's `Region` pattern admits, cloudhsmv2-api.md §1.2).
 */
export type { PartitionId };

/** The partition of a region the emulator serves, or undefined for any other name. */
export function partitionOf(region: string): PartitionId | undefined {
  return servedPartitionOf(cloudHsmV2, region);
}

export function isServedRegion(region: string): boolean {
  return partitionOf(region) !== undefined;
}
