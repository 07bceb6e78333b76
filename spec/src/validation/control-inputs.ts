import type { ErrorObject } from "ajv/dist/2020.js";
import type { ControlOperationId } from "../control/types.js";
import { type JsonSchema, loadControlDocument, type OpenApiDocument } from "./documents.js";
import { createSchemaValidator } from "./schema-validator.js";

type Operation = { operationId?: string; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };

/** Each control operation's request body schema, as the control document gives it. */
export function controlInputSchemas(document: OpenApiDocument = loadControlDocument()): Map<string, JsonSchema> {
  const schemas = new Map<string, JsonSchema>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as Operation[]) {
      const schema = operation.requestBody?.content?.["application/json"]?.schema;
      if (operation.operationId !== undefined && schema !== undefined) {
        schemas.set(operation.operationId, schema);
      }
    }
  }
  return schemas;
}

/** The first violation of a control request body, or undefined when the body is what the operation takes. */
export type ControlInputCheck = (operation: ControlOperationId, body: unknown) => ErrorObject | undefined;

/**
 * Checks control request bodies against the control document (spec/control/control-api.yaml) with the project's one
 * ajv setup: each operation's request schema, compiled on first use. An operation without a request body takes
 * anything.
 */
export function createControlInputCheck(document: OpenApiDocument = loadControlDocument()): ControlInputCheck {
  const inputs = controlInputSchemas(document);
  const validator = createSchemaValidator(document.components.schemas, { allErrors: false, verbose: true });
  const compiled = new Map<string, ReturnType<typeof validator.compile>>();
  return (operation, body) => {
    const schema = inputs.get(operation);
    if (schema === undefined) {
      return undefined;
    }
    let validate = compiled.get(operation);
    if (validate === undefined) {
      validate = validator.compile(schema);
      compiled.set(operation, validate);
    }
    return validate(body) ? undefined : validate.errors?.[0];
  };
}
