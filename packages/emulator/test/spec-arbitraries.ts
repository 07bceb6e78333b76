import { loadServiceDocument } from "@cloudhsm-kit/spec/validation";
import fc from "fast-check";

/**
 * fast-check arbitraries generated from the spec's request schemas: `valid(op)` yields bodies that satisfy every
 * constraint of `<Op>Request`; `invalid(op)` yields a valid body with exactly one constraint broken (a required
 * member dropped, a pattern, length or range violated, an enum left). ID-like members are drawn partly from
 * `known` so that requests reach real resources.
 */
type Schema = Record<string, unknown> & {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  pattern?: string;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  maxProperties?: number;
  propertyNames?: Schema;
};

const schemas = loadServiceDocument().components.schemas as Record<string, Schema>;
const resolve = (s: Schema): Schema => (s.$ref ? resolve(schemas[s.$ref.split("/").pop() as string] as Schema) : s);

/** Values to favour for members of a given name (IDs of existing resources, supported HSM types, …). */
export type Known = Record<string, unknown[]>;

function stringArb(s: Schema): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 40, 64);
  const base = s.pattern
    ? fc.stringMatching(new RegExp(s.pattern, "u"))
    : fc.string({ minLength: min, maxLength: max });
  return base.filter(
    (v) => [...v].length >= min && [...v].length <= (s.maxLength ?? Number.POSITIVE_INFINITY) && v.length <= 200,
  );
}

export function validOf(schema: Schema, known: Known = {}, name?: string): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  const pool = name ? known[name] : undefined;
  if (pool && pool.length > 0) {
    return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: validOf(schema) });
  }
  if (s.enum) {
    return fc.constantFrom(...s.enum);
  }
  switch (s.type) {
    case "string":
      return stringArb(s);
    case "integer":
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1000 });
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    case "array":
      return fc.array(validOf(s.items as Schema, known, name), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 5, 5),
      });
    case "object": {
      if (s.properties) {
        const required = new Set(s.required ?? []);
        const members: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [k, v] of Object.entries(s.properties)) {
          if (k === "ClusterId" && (v as Schema).deprecated) {
            continue; // the legacy member is exercised by its own tests
          }
          members[k] = validOf(v, known, k);
        }
        return fc.record(members, { requiredKeys: [...required].filter((k) => k in members) });
      }
      if (s.additionalProperties && typeof s.additionalProperties === "object") {
        const keys = s.propertyNames ? stringArb(resolve(s.propertyNames)) : fc.string({ minLength: 1, maxLength: 10 });
        return fc.dictionary(keys, validOf(s.additionalProperties, known), {
          maxKeys: Math.min(s.maxProperties ?? 3, 3),
        });
      }
      return fc.constant({});
    }
    default:
      return fc.constant(null);
  }
}

/** One violation of a string/number/array constraint of schema `s`, if it has one. */
function violationOf(s: Schema): fc.Arbitrary<unknown> | undefined {
  const options: fc.Arbitrary<unknown>[] = [];
  if (s.enum) {
    options.push(fc.constant("NOT_AN_ENUM_VALUE"));
  }
  if (s.type === "string" && s.pattern && !/^\^?\.\*\$?$/.test(s.pattern)) {
    const re = new RegExp(s.pattern, "u");
    options.push(fc.constantFrom("!!", "*?", "<x>", "\u0000").filter((v) => !re.test(v)));
  }
  if (s.type === "string" && s.maxLength !== undefined) {
    options.push(fc.constant("a".repeat(s.maxLength + 1)));
  }
  if (s.type === "integer" && s.maximum !== undefined) {
    options.push(fc.integer({ min: s.maximum + 1, max: s.maximum + 1000 }));
  }
  if (s.type === "integer" && s.minimum !== undefined) {
    options.push(fc.integer({ min: s.minimum - 1000, max: s.minimum - 1 }));
  }
  if (s.type === "array" && s.minItems !== undefined && s.minItems > 0) {
    options.push(fc.constant([]));
  }
  return options.length > 0 ? fc.oneof(...options) : undefined;
}

/** A request of `op` with exactly one top-level member made invalid (or one required member dropped). */
export function invalidOf(op: string, known: Known = {}): fc.Arbitrary<Record<string, unknown>> | undefined {
  const s = resolve({ $ref: `#/components/schemas/${op}Request` });
  const mutations: fc.Arbitrary<Record<string, unknown>>[] = [];
  const valid = validOf(s, known) as fc.Arbitrary<Record<string, unknown>>;
  for (const member of s.required ?? []) {
    mutations.push(
      valid.map((v) => {
        const copy = { ...v };
        delete copy[member];
        return copy;
      }),
    );
  }
  for (const [member, ms] of Object.entries(s.properties ?? {})) {
    const violation = violationOf(resolve(ms));
    if (violation && !(member === "ClusterId" && ms.deprecated)) {
      mutations.push(fc.tuple(valid, violation).map(([v, bad]) => ({ ...v, [member]: bad })));
    }
  }
  return mutations.length > 0 ? fc.oneof(...mutations) : undefined;
}
