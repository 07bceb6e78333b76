import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import type { JsonSchema } from "./documents.js";

export interface SchemaValidatorOptions {
  /** Report every violation (default) or stop at the first. */
  allErrors?: boolean;
  /** Put the offending value (`data`) and its schema on each error, for messages that quote them. */
  verbose?: boolean;
}

/** Validators over one document's named schemas (`components.schemas`), compiled on first use. */
export interface SchemaValidator {
  /** Whether the document has a schema of that name. */
  has(name: string): boolean;
  /** The validator of a named schema. */
  named(name: string): ValidateFunction;
  /** Compiles a schema of the caller's; its `$ref`s to `#/components/schemas/<Name>` name the document's schemas. */
  compile(schema: JsonSchema): ValidateFunction;
}

/** The document's schemas under a base URI of their own, so that callers' schemas can refer to them. */
const BASE = "urn:cloudhsm-kit:document";

/** Rewrites every local `$ref` (`#/…`) of a schema into one against the document's schemas. */
function againstDocument(schema: unknown): unknown {
  if (Array.isArray(schema)) {
    return schema.map(againstDocument);
  }
  if (schema === null || typeof schema !== "object") {
    return schema;
  }
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith("#/")
        ? `${BASE}${value}`
        : againstDocument(value),
    ]),
  );
}

/**
 * The one ajv setup of this project: JSON Schema 2020-12 as OpenAPI 3.1 writes it; OpenAPI's own keywords
 * (`example`, `x-…`) ignored rather than refused (`strict: false`); formats not checked (AWS's models have none);
 * patterns as unicode regular expressions (`\p{L}` in AWS's patterns). `schemas` are a document's
 * `components.schemas`, as they are or relaxed (reply-relaxations.ts); nothing changes them.
 *
 * @example
 * const requests = createSchemaValidator(loadServiceDocument().components.schemas, { verbose: true });
 * const validate = requests.named("DescribeBackupsRequest");
 * if (!validate(input)) console.log(validate.errors);
 */
export function createSchemaValidator(
  schemas: Readonly<Record<string, JsonSchema>>,
  { allErrors = true, verbose = false }: SchemaValidatorOptions = {},
): SchemaValidator {
  const ajv = new Ajv2020({ allErrors, verbose, strict: false, validateFormats: false, validateSchema: false });
  ajv.addSchema({ $id: BASE, components: { schemas } });
  const compiled = new Map<string, ValidateFunction>();
  return {
    has: (name) => Object.hasOwn(schemas, name),
    named(name) {
      let validate = compiled.get(name);
      if (validate === undefined) {
        validate = ajv.compile({ $ref: `${BASE}#/components/schemas/${name}` });
        compiled.set(name, validate);
      }
      return validate;
    },
    compile: (schema) => ajv.compile(againstDocument(schema) as JsonSchema),
  };
}
