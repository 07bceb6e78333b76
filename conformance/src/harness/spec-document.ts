import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The parts of the project's bundled OpenAPI document the suite reads. */
export interface OpenApiDocument {
  paths: Record<
    string,
    {
      post?: {
        operationId?: string;
        "x-amz-target"?: string;
        responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
      };
    }
  >;
  components: { schemas: Record<string, JsonSchema> };
}

export type JsonSchema = { [key: string]: unknown };

let cached: OpenApiDocument | undefined;

/** Loads `@cloudhsm-kit/spec/openapi.json` (the bundled document) once. */
export function loadSpec(): OpenApiDocument {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const file = require.resolve("@cloudhsm-kit/spec/openapi.json");
    cached = JSON.parse(readFileSync(file, "utf8")) as OpenApiDocument;
  }
  return cached;
}

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

/** The client errors (HTTP 400) the spec, like AWS's model, gives an operation. */
export function clientErrorsOf(operation: string): string[] {
  const doc = loadSpec();
  const post = Object.values(doc.paths).find((item) => item.post?.operationId === operation)?.post;
  const schema = post?.responses?.["400"]?.content?.["application/x-amz-json-1.1"]?.schema;
  if (!schema) {
    throw new Error(`the spec has no 400 reply for ${operation}`);
  }
  const alternatives = Array.isArray(schema.oneOf) ? (schema.oneOf as JsonSchema[]) : [schema];
  return alternatives.map((s) => String(s.$ref).replace("#/components/schemas/", ""));
}
