import { OPERATION_NAMES } from "@cloudhsm-kit/spec";
import { createSchemaValidator } from "@cloudhsm-kit/spec/validation";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../../harness/spec-document.js";
import { deriveInvalidInputs, specOperations, validValue } from "./derive-invalid.js";

const doc = loadSpec();
const requests = createSchemaValidator(doc.components.schemas);
const requestValidator = (op: string) => requests.named(`${op}Request`);

describe("deriveInvalidInputs", () => {
  it("knows the spec's operations", () => {
    expect(specOperations().sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it.each([...OPERATION_NAMES])("derives %s requests that each break the spec, from a valid base", (op) => {
    const validate = requestValidator(op);
    const request = doc.components.schemas[`${op}Request`] ?? {};
    const base = validValue(doc, { $ref: `#/components/schemas/${op}Request` });
    expect(validate(base), `${op} base: ${JSON.stringify(validate.errors)}`).toBe(true);
    const cases = deriveInvalidInputs(op);
    const hasConstraints = Object.keys((request as { properties?: object }).properties ?? {}).length > 0;
    if (hasConstraints) {
      expect(cases.length).toBeGreaterThan(0);
    }
    for (const c of cases) {
      expect(validate(c.input), `${op} ${c.label} should be invalid: ${JSON.stringify(c.input).slice(0, 200)}`).toBe(
        false,
      );
    }
  });

  it("leaves the deprecated legacy ClusterId member out", () => {
    expect(deriveInvalidInputs("CopyBackupToRegion").some((c) => c.label.startsWith("ClusterId"))).toBe(false);
  });
});
