import type { Difference, FidelityReport, JsonSchema } from "./types.js";

/** Collects differences and counts while the comparison walks the model. */
export class Comparison {
  readonly differences: Difference[] = [];
  readonly compared: FidelityReport["compared"] = {
    operations: 0,
    shapes: 0,
    members: 0,
    requiredFlags: 0,
    enumValues: 0,
    patterns: 0,
    bounds: 0,
    operationErrors: 0,
    declaredExtensions: 0,
    regions: 0,
  };

  constructor(
    readonly schemas: Record<string, JsonSchema>,
    /** The spec's protocol (Smithy's name), which decides the wire form of errors. */
    readonly protocol: string | undefined = undefined,
  ) {}

  differ(at: string, what: string, model: unknown, spec: unknown): void {
    this.differences.push({ at, what, model, spec });
  }

  /** Records a difference unless both sides are equal (deep, for JSON values). */
  expectEqual(at: string, what: string, model: unknown, spec: unknown): void {
    if (JSON.stringify(model) !== JSON.stringify(spec)) {
      this.differ(at, what, model, spec);
    }
  }
}

const SCHEMA_REF = "#/components/schemas/";

/** `#/components/schemas/Backup` → `Backup`; anything else (inline schema, other ref) → undefined. */
export function refName(schema: JsonSchema | undefined): string | undefined {
  return schema?.$ref?.startsWith(SCHEMA_REF) ? schema.$ref.slice(SCHEMA_REF.length) : undefined;
}

/**
 * botocore drops the `^…$` anchors that AWS's Smithy model has on most patterns; both mean a full match, so patterns
 * are compared in anchored form. `\_` (an identity escape that JavaScript's `u` flag refuses, so the spec writes
 * `_`) means `_` in the model's regex dialect, and is compared as `_`.
 */
export function anchored(pattern: string | undefined): string | undefined {
  if (pattern === undefined) {
    return undefined;
  }
  const plain = pattern.replace(/\\_/g, "_");
  const start = plain.startsWith("^") ? plain : `^${plain}`;
  return start.endsWith("$") ? start : `${start}$`;
}
