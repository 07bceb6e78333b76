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
  SIGNING_NAME,
  TARGET_PREFIX,
  targetOf,
} from "./operations.js";
