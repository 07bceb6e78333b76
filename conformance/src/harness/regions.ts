import { type PartitionId, partitionOf as partitionIn } from "@cloudhsm-kit/spec";

export type Partition = PartitionId;

/** The partition of a region name, from the project's one partition table (AWS's rules: `aws` for unknown names). */
export function partitionOf(region: string): Partition {
  return partitionIn(region).id;
}

/** Well-known region names used when a check only needs to name a destination, never to call it. */
export const WELL_KNOWN = {
  govEast: "us-gov-east-1",
  govWest: "us-gov-west-1",
  china: "cn-north-1",
  chinaNorthwest: "cn-northwest-1",
} as const;
