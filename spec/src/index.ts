export { backup, backupWireNames } from "./descriptor/backup.js";
export { cloudHsmV2, cloudHsmV2WireNames } from "./descriptor/cloudhsmv2.js";
export type {
  HttpBinding,
  ModelledError,
  OperationDescriptor,
  ParameterBinding,
  Protocol,
  ServiceDescriptor,
  ServiceIdentity,
} from "./descriptor/types.js";
export type {
  Inputs as BackupInputs,
  Outputs as BackupOutputs,
  QueryTimestamp,
} from "./generated/backup/io.js";
/** The AWS Backup document's generated types (`BackupApi.paths`, `BackupApi.components`, …). */
export type * as BackupApi from "./generated/backup/schema.js";
export type { $defs, components, operations, paths, webhooks } from "./generated/cloudhsmv2/schema.js";
export {
  ERROR_NAMES,
  type ErrorName,
  type InputOf,
  isOperationName,
  OPERATION_NAMES,
  type OperationName,
  type OutputOf,
  pathOf,
  targetOf,
} from "./operations.js";
export {
  type Partition,
  type PartitionId,
  partitionOf,
  type ServedPartitions,
  servedPartitionOf,
  servedRegions,
} from "./partitions/index.js";
export { isServiceId, SERVICE_IDS, type ServiceId } from "./service-ids.js";
export { SERVICES } from "./services.js";
