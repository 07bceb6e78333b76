import { createSchemaValidator, type ErrorObject, type OpenApiDocument } from "@cloudhsm-kit/spec/validation";
import { serialization } from "../protocol/framework-errors.js";
import { cut, excerpt } from "../protocol/json-limits.js";
import { WIRE_LIMITS } from "../protocol/limits.js";
import { VALIDATION_CHOICES } from "./choices.js";

/**
 * Input validation driven by a service's bundled spec (`components.schemas.<Op>Request` of its document, through the
 * project's one ajv setup in `@cloudhsm-kit/spec/validation`): required members, patterns (anchored, `\p{L}` → unicode
 * regexps), lengths, ranges, enums. A violation is reported as observed-aws-behaviour.md §1 recommends: 400 with the
 * service's modelled error (CloudHSM v2: CloudHsmInvalidRequestException) and Coral's message ("1 validation error
 * detected: Value '…' at 'backupId' failed to satisfy constraint: …"). A member of the wrong JSON type cannot be
 * deserialized at all: 400 SerializationException (observed §8, by analogy:
 * VALIDATION_CHOICES.wrongJsonTypeIsSerializationError). Unknown members are ignored
 * (VALIDATION_CHOICES.ignoreUnknownMembers).
 */
export type Validator = (operation: string, input: unknown, ignoreRequired?: readonly string[]) => void;

/**
 * `invalid` makes the service's modelled error for violations (CloudHSM v2: CloudHsmInvalidRequestException);
 * `missing`, when a service models a distinct error for missing required members (AWS Backup:
 * MissingParameterValueException), makes it for a request whose only violations are missing members.
 */
export function createValidator(
  spec: OpenApiDocument,
  invalid: (message: string) => Error,
  missing?: (message: string, operation: string) => Error,
): Validator {
  const requests = createSchemaValidator(spec.components.schemas, { allErrors: true, verbose: true });
  return (operation, input, ignoreRequired = []) => {
    const validate = requests.named(`${operation}Request`);
    if (validate(input)) {
      return;
    }
    const errors = (validate.errors ?? []).filter(
      (e) =>
        !(e.keyword === "additionalProperties" && VALIDATION_CHOICES.ignoreUnknownMembers) &&
        e.keyword !== "$ref" &&
        !(e.keyword === "required" && ignoreRequired.includes(String(e.params.missingProperty))),
    );
    const typeError = VALIDATION_CHOICES.wrongJsonTypeIsSerializationError
      ? errors.find((e) => e.keyword === "type")
      : undefined;
    if (typeError) {
      throw serialization(
        `Cannot deserialize ${excerpt(typeError.data, WIRE_LIMITS.maxEchoedValueChars)} at '${memberPath(typeError.instancePath)}': expected ${String(typeError.params.type)}.`,
      );
    }
    const messages = [...new Set(errors.map(describe).filter((m): m is string => m !== undefined))];
    if (messages.length > 0) {
      const n = messages.length;
      const message = `${n} validation error${n === 1 ? "" : "s"} detected: ${messages.join("; ")}`;
      throw missing && errors.every((e) => e.keyword === "required") ? missing(message, operation) : invalid(message);
    }
  };
}

/** `/TagList/0/Key` → `tagList.1.member.key` (Coral's member paths: lower camel case, 1-based list indexes). */
export function memberPath(instancePath: string, extra?: string): string {
  const parts = instancePath.split("/").filter(Boolean);
  if (extra !== undefined) {
    parts.push(extra);
  }
  return parts
    .map((p) => (/^\d+$/.test(p) ? `${Number(p) + 1}.member` : p.charAt(0).toLowerCase() + p.slice(1)))
    .join(".");
}

/** The offending value as Coral quotes it, cut to WIRE_LIMITS.maxEchoedValueChars. */
const shown = (data: unknown) =>
  typeof data === "string"
    ? `'${cut(data, WIRE_LIMITS.maxEchoedValueChars)}'`
    : excerpt(data, WIRE_LIMITS.maxEchoedValueChars);

function describe(e: ErrorObject): string | undefined {
  const at = (path = memberPath(e.instancePath)) =>
    `Value ${shown(e.data)} at '${path}' failed to satisfy constraint: `;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return `Value null at '${memberPath(e.instancePath, String(p.missingProperty))}' failed to satisfy constraint: Member must not be null`;
    case "pattern":
      return e.propertyName !== undefined
        ? `Value '${cut(e.propertyName, WIRE_LIMITS.maxEchoedValueChars)}' at '${memberPath(e.instancePath)}' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: ${String(p.pattern)}]`
        : `${at()}Member must satisfy regular expression pattern: ${String(p.pattern)}`;
    case "minLength":
    case "minItems":
    case "minProperties":
      return `${at()}Member must have length greater than or equal to ${String(p.limit)}`;
    case "maxLength":
    case "maxItems":
    case "maxProperties":
      return `${at()}Member must have length less than or equal to ${String(p.limit)}`;
    case "minimum":
      return `${at()}Member must have value greater than or equal to ${String(p.limit)}`;
    case "maximum":
      return `${at()}Member must have value less than or equal to ${String(p.limit)}`;
    case "enum":
      return `${at()}Member must satisfy enum value set: [${(p.allowedValues as unknown[]).join(", ")}]`;
    case "propertyNames":
      return undefined; // reported by the nested pattern error, which names the key
    default:
      return `${at()}${e.message ?? e.keyword}`;
  }
}
