import { cloudHsmV2, type OperationName } from "@cloudhsm-kit/spec";
import { type JsonSchema, loadServiceDocument, type OpenApiDocument } from "@cloudhsm-kit/spec/validation";

export type { JsonSchema, OpenApiDocument };

/** The CloudHSM v2 bundle of `@cloudhsm-kit/spec`, read once. */
export const loadSpec = (): OpenApiDocument => loadServiceDocument("cloudhsmv2");

/** Follows a local `#/components/schemas/X` reference. */
export function resolveRef(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let depth = 0; typeof current.$ref === "string" && depth < 20; depth++) {
    const name = current.$ref.replace("#/components/schemas/", "");
    const next = doc.components.schemas[name];
    if (!next) {
      throw new Error(`the spec has no schema ${current.$ref}`);
    }
    current = next;
  }
  return current;
}

/** The client errors (HTTP 400) the spec, like AWS's model, gives an operation (the service descriptor's). */
export function clientErrorsOf(operation: OperationName): string[] {
  return cloudHsmV2.operations[operation].errors.filter((e) => e.status === 400).map((e) => e.name);
}
