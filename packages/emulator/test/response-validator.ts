import { Ajv2020 } from "ajv/dist/2020.js";
import { loadSpec } from "../src/dispatch/validate.js";

/**
 * Validates reply bodies against the spec's `<Op>Response` schemas. Two model constraints are known not to hold
 * for real replies and are relaxed here only (cloudhsmv2-api.md §3.3): `TagList` min 1 ("servers do return empty
 * lists. Don't apply the min-1 rule to responses") and `VpcId` ("a model bug … don't validate responses against it").
 */
export function createResponseValidator() {
  const spec = loadSpec();
  const schemas = structuredClone(spec.components.schemas) as Record<string, Record<string, unknown>>;
  delete schemas.TagList?.minItems;
  if (schemas.VpcId) {
    schemas.VpcId.pattern = "^vpc-[0-9a-fA-F]{8,17}$";
  }
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema({ $id: "spec", components: { schemas } });
  return (operation: string, body: unknown): string | undefined => {
    const validate = ajv.getSchema(`spec#/components/schemas/${operation}Response`);
    if (!validate) {
      return `no schema for ${operation}Response`;
    }
    return validate(body) ? undefined : ajv.errorsText(validate.errors);
  };
}

/** Validates error bodies: `__type` + `Message` (modelled) or `message` (framework). */
export function isAwsErrorBody(body: unknown): boolean {
  const b = body as Record<string, unknown>;
  return typeof b?.__type === "string" && (typeof b.Message === "string" || typeof b.message === "string");
}
