import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { type JsonSchema, loadSpec } from "./spec-document.js";

/**
 * Validates response bodies against the project's OpenAPI document with ajv.
 *
 * Four documented relaxations apply to responses only: list minimums (`TagList` min 1) are input rules — AWS
 * returns `"TagList": []` (cloudhsmv2-api.md §3.3); `VpcId`'s one-hex-digit pattern is a model bug that real VPC
 * ids never match; `BackupArn`'s partition part `arn:aws(-(us-gov))?` leaves out the China partition, whose ARNs
 * are `arn:aws-cn:…` (cloudhsmv2-api.md §3.3), so a backup in cn-north-1 could not be described at all; and a null
 * `NextToken` ends a listing as the API reference says. Everything else (types, enums, patterns, required members)
 * is enforced as the spec says.
 */
export class ResponseValidator {
  readonly #ajv: Ajv2020;
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor() {
    const doc = loadSpec();
    const schemas = relaxForResponses(structuredClone(doc.components.schemas));
    this.#ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: true });
    this.#ajv.addSchema({ $id: "spec", components: { schemas } });
  }

  has(schemaName: string): boolean {
    return this.#ajv.getSchema(`spec#/components/schemas/${schemaName}`) !== undefined;
  }

  /** Returns a list of problems (empty when the body matches `components.schemas[schemaName]`). */
  validate(schemaName: string, body: unknown): string[] {
    let validate = this.#compiled.get(schemaName);
    if (!validate) {
      validate = this.#ajv.compile({ $ref: `spec#/components/schemas/${schemaName}` });
      this.#compiled.set(schemaName, validate);
    }
    if (validate(body)) {
      return [];
    }
    return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
  }
}

function relaxForResponses(schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node && typeof node === "object") {
      const record = node as JsonSchema;
      if (record.type === "array" && typeof record.minItems === "number") {
        delete record.minItems;
      }
      for (const value of Object.values(record)) {
        visit(value);
      }
    }
  };
  visit(schemas);
  const vpc = schemas.VpcId;
  if (vpc) {
    delete vpc.pattern;
  }
  const arn = schemas.BackupArn;
  if (arn && typeof arn.pattern === "string") {
    arn.pattern = arn.pattern.replace("arn:aws(-(us-gov))?", "arn:aws(-(us-gov|cn))?");
  }
  // "When you receive a response with no NextToken (or an empty or null value), that means there are no more
  // backups to get." (API_DescribeBackups): a null NextToken is documented.
  const token = schemas.NextToken;
  if (token) {
    schemas.NextToken = { anyOf: [token, { type: "null" }] };
  }
  return schemas;
}

let shared: ResponseValidator | undefined;
export function responseValidator(): ResponseValidator {
  shared ??= new ResponseValidator();
  return shared;
}
