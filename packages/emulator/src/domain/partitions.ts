import { readFileSync } from "node:fs";

/**
 * Regions and partitions from botocore's partition table (data/partitions.json, see data/partitions.NOTE.md).
 * cloudhsmv2-api.md §1.2: the CloudHSM `Region` pattern admits aws, aws-cn and aws-us-gov region names only, so
 * those three partitions are the ones the emulator serves.
 */
interface PartitionFile {
  partitions: { id: string; regionRegex: string; regions: Record<string, unknown> }[];
}

const file = JSON.parse(readFileSync(new URL("../../data/partitions.json", import.meta.url), "utf8")) as PartitionFile;

export const SERVED_PARTITIONS = ["aws", "aws-cn", "aws-us-gov"] as const;
export type PartitionId = (typeof SERVED_PARTITIONS)[number];

const regionToPartition = new Map<string, PartitionId>();
for (const p of file.partitions) {
  if ((SERVED_PARTITIONS as readonly string[]).includes(p.id)) {
    for (const region of Object.keys(p.regions)) {
      // "aws-global" and friends are pseudo-regions, not places a backup can live.
      if (!region.endsWith("-global")) {
        regionToPartition.set(region, p.id as PartitionId);
      }
    }
  }
}

/** The partition of a region the emulator serves, or undefined for any other name. */
export function partitionOf(region: string): PartitionId | undefined {
  return regionToPartition.get(region);
}

export function isServedRegion(region: string): boolean {
  return regionToPartition.has(region);
}

export function servedRegions(): string[] {
  return [...regionToPartition.keys()];
}
