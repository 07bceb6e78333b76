import { type JsonSchema, loadSpec, type OpenApiDocument, resolveRef } from "../../../harness/spec-document.js";

/** One request that breaks exactly one constraint of the spec. */
export interface InvalidCase {
  /** e.g. `BackupId: pattern`, `TagList[0].Key: maxLength`, `BackupId: required`. */
  label: string;
  input: Record<string, unknown>;
}

/** Valid values by schema name, so that every other member of an invalid request is well-formed. */
const VALID: Record<string, unknown> = {
  BackupId: "backup-abcdefghijk",
  BackupArn: "backup-abcdefghijk",
  ClusterId: "cluster-abcdefghijk",
  HsmId: "hsm-abcdefghijk",
  ResourceId: "backup-abcdefghijk",
  CloudHsmArn: "arn:aws:cloudhsm:us-east-1:123456789012:backup/backup-abcdefghijk",
  Region: "us-west-2",
  ExternalAz: "us-east-1a",
  HsmType: "hsm2m.medium",
  SubnetId: "subnet-0123456789abcdef0",
  EniId: "eni-0123456789abcdef0",
  IpAddress: "10.0.0.10",
  Cert: "MIIBconformance",
  ResourcePolicy: "{}",
  TagKey: "conformance",
  TagValue: "value",
  BackupRetentionValue: "90",
  BackupRetentionType: "DAYS",
  NextToken: "",
  Field: "backupIds",
};

function refName(schema: JsonSchema): string | undefined {
  return typeof schema.$ref === "string" ? schema.$ref.replace("#/components/schemas/", "") : undefined;
}

/** A valid value for a (possibly referenced) schema. */
export function validValue(doc: OpenApiDocument, schema: JsonSchema): unknown {
  const name = refName(schema);
  if (name && name in VALID) {
    return VALID[name];
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
      return [validValue(doc, s.items as JsonSchema)];
    case "object": {
      const out: Record<string, unknown> = {};
      const props = (s.properties ?? {}) as Record<string, JsonSchema>;
      for (const key of (s.required ?? []) as string[]) {
        out[key] = validValue(doc, props[key] as JsonSchema);
      }
      if (name === "BackupRetentionPolicy") {
        return { Type: "DAYS", Value: "90" };
      }
      return out;
    }
    default:
      return "x";
  }
}

/** Strings that break `pattern` (tried in order; the first that fails the pattern is used). */
function breakPattern(pattern: string, valid: unknown, maxLength: number | undefined): string | undefined {
  const re = new RegExp(pattern, "u");
  const base = typeof valid === "string" ? valid : "x";
  const candidates = [`${base}!`, `!${base}`, "#", "not valid!", base.toUpperCase().replace(/[A-Z]/g, "0"), " "];
  return candidates.find((c) => !re.test(c) && (maxLength === undefined || c.length <= maxLength));
}

/** Invalid values for one member schema, each labelled with the constraint it breaks. */
function invalidValues(doc: OpenApiDocument, schema: JsonSchema, path: string): { label: string; value: unknown }[] {
  const s = resolveRef(doc, schema);
  const out: { label: string; value: unknown }[] = [];
  const valid = validValue(doc, schema);
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
    const item = validValue(doc, s.items as JsonSchema);
    if (typeof s.maxItems === "number") {
      const items = Array.from({ length: s.maxItems + 1 }, (_, i) => distinct(item, i));
      out.push({ label: `${path}: maxItems ${s.maxItems}`, value: items });
    }
    if (typeof s.minItems === "number" && s.minItems > 0) {
      out.push({ label: `${path}: minItems ${s.minItems}`, value: [] });
    }
    for (const nested of invalidValues(doc, s.items as JsonSchema, `${path}[0]`)) {
      out.push({ label: nested.label, value: [nested.value] });
    }
  }
  if (s.type === "object") {
    const props = (s.properties ?? {}) as Record<string, JsonSchema>;
    const base = valid as Record<string, unknown>;
    for (const [key, prop] of Object.entries(props)) {
      for (const nested of invalidValues(doc, prop, `${path}.${key}`)) {
        out.push({ label: nested.label, value: { ...base, [key]: nested.value } });
      }
    }
    for (const key of (s.required ?? []) as string[]) {
      const { [key]: _omitted, ...rest } = base;
      out.push({ label: `${path}.${key}: required`, value: rest });
    }
    if (typeof s.maxProperties === "number") {
      const entries = Array.from({ length: s.maxProperties + 1 }, (_, i) => [`field${i}`, ["x"]]);
      out.push({ label: `${path}: maxProperties ${s.maxProperties}`, value: Object.fromEntries(entries) });
    }
    if (s.propertyNames && typeof s.propertyNames === "object") {
      const names = resolveRef(doc, s.propertyNames as JsonSchema);
      if (typeof names.pattern === "string") {
        out.push({ label: `${path}: key pattern`, value: { "not valid!": ["x"] } });
      }
    }
  }
  return out;
}

/** Makes list items distinct where they are tags or strings, so that only the count is wrong. */
function distinct(item: unknown, i: number): unknown {
  if (typeof item === "string") {
    return `${item}${i}`.slice(0, 128);
  }
  if (item && typeof item === "object" && "Key" in item) {
    return { ...(item as object), Key: `k${i}` };
  }
  if (typeof item === "string" || item === undefined) {
    return item;
  }
  return item;
}

/**
 * Derives, for one operation, requests that each break one constraint of `<Operation>Request` in the spec:
 * a pattern, a length, an enum, a numeric range, a list size, a map size or key, or a missing required member.
 * Deprecated members (the legacy ClusterId) are left out.
 */
export function deriveInvalidInputs(operation: string, doc: OpenApiDocument = loadSpec()): InvalidCase[] {
  const request = doc.components.schemas[`${operation}Request`];
  if (!request) {
    return [];
  }
  const props = Object.entries((request.properties ?? {}) as Record<string, JsonSchema>).filter(
    ([, prop]) => prop.deprecated !== true,
  );
  const required = (request.required ?? []) as string[];
  const base: Record<string, unknown> = {};
  for (const key of required) {
    base[key] = validValue(doc, (request.properties as Record<string, JsonSchema>)[key] as JsonSchema);
  }
  const cases: InvalidCase[] = [];
  for (const [key, prop] of props) {
    for (const { label, value } of invalidValues(doc, prop, key)) {
      cases.push({ label, input: { ...base, [key]: value } });
    }
  }
  for (const key of required) {
    const { [key]: _omitted, ...rest } = base;
    cases.push({ label: `${key}: required`, input: rest });
  }
  return cases;
}

/** The operations of the spec, by operationId, in document order. */
export function specOperations(doc: OpenApiDocument = loadSpec()): string[] {
  return Object.values(doc.paths)
    .map((item) => (item.post as { operationId?: unknown } | undefined)?.operationId)
    .filter((id): id is string => typeof id === "string");
}
