import {
  createSchemaValidator,
  describeErrors,
  relaxForReplies,
  type SchemaValidator,
} from "@cloudhsm-kit/spec/validation";
import { loadSpec } from "./spec-document.js";

/**
 * Validates response bodies against the project's OpenAPI document, through the project's one ajv setup, with its one
 * list of reply relaxations (`REPLY_RELAXATIONS` of `@cloudhsm-kit/spec/validation`: list minimums are input rules,
 * real VPC IDs, China-partition backup ARNs, a null NextToken ending a listing). Everything else (types, enums,
 * patterns, required members) is enforced as the spec says.
 */
export class ResponseValidator {
  readonly #replies: SchemaValidator = createSchemaValidator(relaxForReplies(loadSpec().components.schemas));

  has(schemaName: string): boolean {
    return this.#replies.has(schemaName);
  }

  /** Returns a list of problems (empty when the body matches `components.schemas[schemaName]`). */
  validate(schemaName: string, body: unknown): string[] {
    const validate = this.#replies.named(schemaName);
    return validate(body) ? [] : describeErrors(validate.errors);
  }
}

let shared: ResponseValidator | undefined;
export function responseValidator(): ResponseValidator {
  shared ??= new ResponseValidator();
  return shared;
}
