export type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
export { type ControlInputCheck, controlInputSchemas, createControlInputCheck } from "./control-inputs.js";
export { describeErrors } from "./describe-errors.js";
export { type JsonSchema, loadControlDocument, loadServiceDocument, type OpenApiDocument } from "./documents.js";
export { REPLY_RELAXATIONS, type ReplyRelaxation, relaxForReplies } from "./reply-relaxations.js";
export { createSchemaValidator, type SchemaValidator, type SchemaValidatorOptions } from "./schema-validator.js";
