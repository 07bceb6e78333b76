import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The parts of the project's bundled OpenAPI document the suite reads. */
export interface OpenApiDocument {
  paths: Record<string, { post?: { operationId?: string; "x-amz-target"?: string } }>;
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
