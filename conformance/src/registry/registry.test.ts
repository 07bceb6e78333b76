import { OPERATION_NAMES } from "@cloudhsm-kit/spec";
import { describe, expect, it } from "vitest";
import { CHECKS, GROUPS, validateRegistry } from "./index.js";
import type { CheckDefinition } from "./types.js";

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

  it("has legacy checks only for the ClusterId option and keeps observed-only behaviour advisory", () => {
    for (const c of CHECKS.filter((x) => x.level === "legacy")) {
      expect(c.needs, c.id).toContain("legacy-cluster-id");
    }
    const observed = CHECKS.filter((c) =>
      c.citations.some((x) => x.url.includes("cloud-custodian") || x.url.includes("aws-sdk-net")),
    );
    for (const c of observed) {
      expect(c.level, c.id).toBe("advisory");
    }
  });

  it("refuses a registry with a duplicate id, a bad id or no citation", () => {
    const base = CHECKS[0] as CheckDefinition;
    expect(() => validateRegistry([base, base])).toThrow("used twice");
    expect(() => validateRegistry([{ ...base, id: "tags.add" }])).toThrow("PREFIX-TOPIC-NNN");
    expect(() => validateRegistry([{ ...base, citations: [] }])).toThrow("no citation");
  });
});
