import { type JsonSchema, type OpenApiDocument, resolveRef } from "./spec-document.js";

/**
 * Values derived from a service's OpenAPI schemas: a valid value for a schema, and values that each break exactly one
 * of its constraints (pattern, length, enum, range, list or map size, map key, a missing required member). Shared by
 * every service's input-validation checks; each service gives its own well-formed values by schema name (`known`), so
 * that every member but the broken one is valid.
 */
export type KnownValues = Readonly<Record<string, unknown>>;

/** A value that breaks one constraint, with the constraint it breaks (e.g. `TagList[0].Key: maxLength 128`). */
export interface InvalidValue {
  label: string;
  value: unknown;
}

function refName(schema: JsonSchema): string | undefined {
  return typeof schema.$ref === "string" ? schema.$ref.replace("#/components/schemas/", "") : undefined;
}

/** A valid value for a (possibly referenced) schema: the service's known value by name, else one built from it. */
export function validValue(doc: OpenApiDocument, schema: JsonSchema, known: KnownValues): unknown {
  const name = refName(schema);
  if (name && name in known) {
    return known[name];
  }
  const s = resolveRef(doc, schema);
  if (Array.isArray(s.enum)) {
    return s.enum[0];
  }
  switch (s.type) {
    case "string":
      return "x";
    case "integer":
    case "number":
      return typeof s.minimum === "number" ? s.minimum : 1;
    case "boolean":
      return true;
    case "array":
      return [validValue(doc, s.items as JsonSchema, known)];
    case "object": {
      const out: Record<string, unknown> = {};
      const props = (s.properties ?? {}) as Record<string, JsonSchema>;
      for (const key of (s.required ?? []) as string[]) {
        out[key] = validValue(doc, props[key] as JsonSchema, known);
      }
      return out;
    }
    default:
      return "x";
  }
}

/** A string that breaks `pattern` (tried in order; the first that fails the pattern is used). */
export function breakPattern(pattern: string, valid: unknown, maxLength: number | undefined): string | undefined {
  const re = new RegExp(pattern, "u");
  const base = typeof valid === "string" ? valid : "x";
  const candidates = [`${base}!`, `!${base}`, "#", "not valid!", base.toUpperCase().replace(/[A-Z]/g, "0"), " "];
  return candidates.find((c) => !re.test(c) && (maxLength === undefined || c.length <= maxLength));
}

/** Makes list items distinct where they are tags or strings, so that only the count is wrong. */
function distinct(item: unknown, i: number): unknown {
  if (typeof item === "string") {
    return `${item}${i}`.slice(0, 128);
  }
  if (item && typeof item === "object" && "Key" in item) {
    return { ...(item as object), Key: `k${i}` };
  }
  return item;
}

/** Invalid values for one member schema, each labelled with the constraint it breaks (`path` names the member). */
export function invalidValues(
  doc: OpenApiDocument,
  schema: JsonSchema,
  path: string,
  known: KnownValues,
): InvalidValue[] {
  const s = resolveRef(doc, schema);
  const out: InvalidValue[] = [];
  const valid = validValue(doc, schema, known);
  if (s.type === "string") {
    if (typeof s.pattern === "string" && s.pattern !== ".*" && s.pattern !== "^.*$") {
      const bad = breakPattern(s.pattern, valid, s.maxLength as number | undefined);
      if (bad !== undefined) {
        out.push({ label: `${path}: pattern`, value: bad });
      }
    }
    if (typeof s.maxLength === "number") {
      out.push({ label: `${path}: maxLength ${s.maxLength}`, value: "a".repeat(s.maxLength + 1) });
    }
    if (typeof s.minLength === "number" && s.minLength > 0) {
      out.push({ label: `${path}: minLength ${s.minLength}`, value: "a".repeat(s.minLength - 1) });
    }
    if (Array.isArray(s.enum)) {
      out.push({ label: `${path}: enum`, value: "NOT_A_VALUE" });
    }
  }
  if (s.type === "integer" || s.type === "number") {
    if (typeof s.minimum === "number") {
      out.push({ label: `${path}: minimum ${s.minimum}`, value: s.minimum - 1 });
    }
    if (typeof s.maximum === "number") {
      out.push({ label: `${path}: maximum ${s.maximum}`, value: s.maximum + 1 });
    }
  }
  if (s.type === "array") {
    const item = validValue(doc, s.items as JsonSchema, known);
    if (typeof s.maxItems === "number") {
      const items = Array.from({ length: s.maxItems + 1 }, (_, i) => distinct(item, i));
      out.push({ label: `${path}: maxItems ${s.maxItems}`, value: items });
    }
    if (typeof s.minItems === "number" && s.minItems > 0) {
      out.push({ label: `${path}: minItems ${s.minItems}`, value: [] });
    }
    for (const nested of invalidValues(doc, s.items as JsonSchema, `${path}[0]`, known)) {
      out.push({ label: nested.label, value: [nested.value] });
    }
  }
  if (s.type === "object") {
    const props = (s.properties ?? {}) as Record<string, JsonSchema>;
    const base = valid as Record<string, unknown>;
    for (const [key, prop] of Object.entries(props)) {
      for (const nested of invalidValues(doc, prop, `${path}.${key}`, known)) {
        out.push({ label: nested.label, value: { ...base, [key]: nested.value } });
      }
    }
    for (const key of (s.required ?? []) as string[]) {
      const { [key]: _omitted, ...rest } = base;
      out.push({ label: `${path}.${key}: required`, value: rest });
    }
    // A map's values stay well-formed, so that only its size or a key is wrong.
    const entry =
      s.additionalProperties && typeof s.additionalProperties === "object"
        ? validValue(doc, s.additionalProperties as JsonSchema, known)
        : ["x"];
    if (typeof s.maxProperties === "number") {
      const entries = Array.from({ length: s.maxProperties + 1 }, (_, i) => [`field${i}`, entry]);
      out.push({ label: `${path}: maxProperties ${s.maxProperties}`, value: Object.fromEntries(entries) });
    }
    if (s.propertyNames && typeof s.propertyNames === "object") {
      const names = resolveRef(doc, s.propertyNames as JsonSchema);
      if (typeof names.pattern === "string") {
        out.push({ label: `${path}: key pattern`, value: { "not valid!": entry } });
      }
    }
  }
  return out;
}
