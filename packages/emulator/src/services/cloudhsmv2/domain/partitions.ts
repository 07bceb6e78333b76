import { cloudHsmV2, type PartitionId } from "@cloudhsm-kit/spec";
import { servedRegionsOf } from "../../../core/partitions.js";

/**
 * The regions the emulator serves CloudHSM v2 in and their partitions: aws, aws-cn and aws-us-gov, the ones the
 * model's `Region` pattern admits (cloudhsmv2-api.md §1.2).
 */
export type { PartitionId };

export const { partitionOf, isServedRegion } = servedRegionsOf(cloudHsmV2);
