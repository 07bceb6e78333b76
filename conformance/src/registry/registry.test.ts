import { OPERATION_NAMES } from "@cloudhsm-kit/spec";
import { describe, expect, it } from "vitest";
import { CHECKS, GROUPS, validateRegistry } from "./index.js";
import type { CheckDefinition } from "./types.js";

/** Required checks whose citations still lead with an earlier document (being corrected in the check files). */
const LEAD_NOT_CURRENT_YET: readonly string[] = ["IDP-BACKUP-001"];

describe("the check registry", () => {
  it("has unique, stable-looking ids and at least one check per group", () => {
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
    for (const g of GROUPS) {
      expect(CHECKS.filter((c) => c.group === g.id).length, g.id).toBeGreaterThan(0);
    }
  });

  it("cites a URL and a quoted sentence for every check", () => {
    for (const c of CHECKS) {
      for (const citation of c.citations) {
        expect(citation.url, c.id).toMatch(/^https:\/\/\S+$/);
        expect(citation.quote.length, c.id).toBeGreaterThan(10);
      }
    }
  });

  it("covers every operation with a validation check", () => {
    for (const op of OPERATION_NAMES) {
      expect(
        CHECKS.some((c) => c.group === "validation" && c.title.startsWith(`${op} `)),
        op,
      ).toBe(true);
    }
  });

  it("has legacy checks only for the ClusterId option, each resting on an earlier version of the user guide", () => {
    for (const c of CHECKS.filter((x) => x.level === "legacy")) {
      expect(c.needs, c.id).toContain("legacy-cluster-id");
      expect(c.citations[0]?.kind, c.id).toBe("earlier");
    }
  });

  it("keeps a check advisory when only observations back it", () => {
    for (const c of CHECKS.filter((x) => x.citations.every((citation) => citation.kind === "observed"))) {
      expect(c.level, c.id).toBe("advisory");
    }
  });

  it("makes a check required only when its first citation is a current AWS document", () => {
    const leadNotCurrent = CHECKS.filter((c) => c.level === "required" && c.citations[0]?.kind !== "current");
    expect(leadNotCurrent.map((c) => c.id).filter((id) => !LEAD_NOT_CURRENT_YET.includes(id))).toEqual([]);
    // An id stays on the list only while its check still breaks the rule; remove it once the check is corrected.
    expect(LEAD_NOT_CURRENT_YET.filter((id) => !leadNotCurrent.some((c) => c.id === id))).toEqual([]);
  });

  it("refuses a registry with a duplicate id, a bad id or no citation", () => {
    const base = CHECKS[0] as CheckDefinition;
    expect(() => validateRegistry([base, base])).toThrow("used twice");
    expect(() => validateRegistry([{ ...base, id: "tags.add" }])).toThrow("PREFIX-TOPIC-NNN");
    expect(() => validateRegistry([{ ...base, citations: [] }])).toThrow("no citation");
  });
});
