import { anchored, type Comparison, refName } from "./context.js";
import { ERROR_WIRE_MEMBERS } from "./extensions.js";
import type { BotocoreShape, DeclaredExtension, JsonSchema } from "./types.js";

const JSON_TYPE: Record<BotocoreShape["type"], string> = {
  structure: "object",
  map: "object",
  list: "array",
  string: "string",
  integer: "integer",
  long: "integer",
  boolean: "boolean",
  // JSON bodies (AWS JSON and REST JSON alike) carry timestamps as epoch seconds.
  timestamp: "number",
  double: "number",
  blob: "string",
};

/** Compares one model shape with the spec schema of the same name. */
export function compareShape(
  c: Comparison,
  name: string,
  shape: BotocoreShape,
  schema: JsonSchema,
  extensions: readonly DeclaredExtension[],
): void {
  c.compared.shapes++;
  c.expectEqual(name, "type", JSON_TYPE[shape.type], schema.type);
  if (shape.exception) {
    compareError(c, name, shape, schema);
  } else if (shape.type === "structure") {
    compareStructure(c, name, shape, schema, extensions);
  } else if (shape.type === "list") {
    c.expectEqual(name, "list member", shape.member?.shape, refName(schema.items));
    compareBounds(c, name, "items", shape, schema.minItems, schema.maxItems);
  } else if (shape.type === "map") {
    c.expectEqual(name, "map key", shape.key?.shape, refName(schema.propertyNames));
    const value = typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined;
    c.expectEqual(name, "map value", shape.value?.shape, refName(value));
    compareBounds(c, name, "entries", shape, schema.minProperties, schema.maxProperties);
  } else if (shape.type === "string") {
    compareString(c, name, shape, schema);
  } else if (shape.type === "integer" || shape.type === "long") {
    compareBounds(c, name, "range", shape, schema.minimum, schema.maximum);
  }
}

function compareString(c: Comparison, name: string, shape: BotocoreShape, schema: JsonSchema): void {
  if (shape.enum !== undefined || schema.enum !== undefined) {
    c.compared.enumValues += shape.enum?.length ?? 0;
    c.expectEqual(name, "enum values", shape.enum, schema.enum);
  }
  if (shape.pattern !== undefined || schema.pattern !== undefined) {
    c.compared.patterns++;
    c.expectEqual(name, "pattern (anchored)", anchored(shape.pattern), anchored(schema.pattern));
  }
  compareBounds(c, name, "length", shape, schema.minLength, schema.maxLength);
}

function compareBounds(
  c: Comparison,
  name: string,
  what: string,
  shape: BotocoreShape,
  specMin: number | undefined,
  specMax: number | undefined,
): void {
  if (shape.min !== undefined || specMin !== undefined) {
    c.compared.bounds++;
    c.expectEqual(name, `minimum ${what}`, shape.min, specMin);
  }
  if (shape.max !== undefined || specMax !== undefined) {
    c.compared.bounds++;
    c.expectEqual(name, `maximum ${what}`, shape.max, specMax);
  }
}

function compareStructure(
  c: Comparison,
  name: string,
  shape: BotocoreShape,
  schema: JsonSchema,
  extensions: readonly DeclaredExtension[],
): void {
  const modelMembers = shape.members ?? {};
  const specMembers = schema.properties ?? {};
  for (const [member, target] of Object.entries(modelMembers)) {
    c.compared.members++;
    const property = specMembers[member];
    if (property === undefined) {
      c.differ(`${name}.${member}`, "member missing from the spec", target.shape, undefined);
    } else {
      c.expectEqual(`${name}.${member}`, "member shape", target.shape, refName(property));
      const token = (flag: boolean | undefined) => flag === true;
      c.expectEqual(
        `${name}.${member}`,
        "idempotency token (x-aws-idempotency-token)",
        token(target.idempotencyToken),
        token(property["x-aws-idempotency-token"]),
      );
    }
  }
  for (const [member, property] of Object.entries(specMembers)) {
    if (member in modelMembers) {
      continue;
    }
    const declared = extensions.find((e) => e.shape === name && e.member === member);
    if (declared === undefined) {
      c.differ(
        `${name}.${member}`,
        "member not in AWS's model and not a declared extension",
        undefined,
        refName(property),
      );
    } else {
      compareExtension(c, `${name}.${member}`, declared, property);
    }
  }
  c.compared.requiredFlags += Object.keys(modelMembers).length;
  c.expectEqual(name, "required members", [...(shape.required ?? [])].sort(), [...(schema.required ?? [])].sort());
}

function compareExtension(c: Comparison, at: string, declared: DeclaredExtension, property: JsonSchema): void {
  c.compared.declaredExtensions++;
  if (property.deprecated !== true) {
    c.differ(at, "declared extension must be deprecated", true, property.deprecated);
  }
  if (!(declared.marker in property)) {
    c.differ(at, `declared extension must carry ${declared.marker}`, declared.marker, Object.keys(property));
  }
}

/**
 * Error shapes. AWS JSON: `{ __type: <name>, Message }` on the wire, no members beyond the model's and the wire's
 * own. REST JSON names the error in the `X-Amzn-ErrorType` header (checked with the operations), so the body has
 * the model's members only.
 */
function compareError(c: Comparison, name: string, shape: BotocoreShape, schema: JsonSchema): void {
  const isRest = c.protocol === "restJson1";
  if (!isRest) {
    c.expectEqual(name, "__type constant", name, schema.properties?.__type?.const);
    c.expectEqual(name, "__type required", true, schema.required?.includes("__type") ?? false);
  }
  const wireMembers = isRest ? [] : ERROR_WIRE_MEMBERS;
  const modelMembers = shape.members ?? {};
  for (const [member, target] of Object.entries(modelMembers)) {
    c.compared.members++;
    c.expectEqual(`${name}.${member}`, "member shape", target.shape, refName(schema.properties?.[member]));
  }
  for (const member of Object.keys(schema.properties ?? {})) {
    if (!(member in modelMembers) && !wireMembers.includes(member)) {
      c.differ(
        `${name}.${member}`,
        "error member not in AWS's model nor part of the protocol's error form",
        undefined,
        member,
      );
    }
  }
}
