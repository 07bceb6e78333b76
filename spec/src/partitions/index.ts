export { type Partition, type PartitionId, partitionOf } from "./partition-of.js";
export { type ServedPartitions, servedPartitionOf, servedRegions } from "./served-regions.js";
