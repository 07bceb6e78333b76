import { OPERATION_NAMES } from "@cloudhsm-kit/spec";
import { describe, expect, it } from "vitest";
import { validateRegistry } from "../../registry/registration.js";
import type { CheckDefinition } from "../../registry/types.js";
import { REGISTRY } from "../index.js";

const { checks: CHECKS, groups: GROUPS } = REGISTRY;

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

  /*
   * The level rule: `required` when a current AWS document (model, API reference, user guide with its example output,
   * the protocol specification) states what the check asserts; `legacy` when only an earlier version did; `advisory`
   * for observation or inference. A check's first citation is the one that states what it asserts.
   */
  it("makes a check required exactly when its first citation is a current AWS document that settles it", () => {
    const wrong = CHECKS.filter(
      (c) => c.level === "required" && (c.citations[0]?.kind !== "current" || c.undocumented),
    );
    expect(
      wrong.map((c) => `${c.id}: led by ${c.citations[0]?.kind}${c.undocumented ? ", undocumented" : ""}`),
    ).toEqual([]);
  });

  it("makes a check legacy only on an earlier version of the user guide, for a behaviour a target declares", () => {
    const declared = { cloudhsmv2: "legacy-cluster-id", backup: "legacy-backup-seed" } as const;
    for (const c of CHECKS.filter((x) => x.level === "legacy")) {
      expect(c.needs, c.id).toContain(declared[c.service as keyof typeof declared]);
      expect(
        c.citations.every((x) => x.kind === "earlier"),
        c.id,
      ).toBe(true);
      expect(c.undocumented, c.id).toBeUndefined();
    }
  });

  it("makes a check advisory only on an observation, or says what the document it cites leaves open", () => {
    for (const c of CHECKS.filter((x) => x.level === "advisory")) {
      const lead = c.citations[0]?.kind;
      expect(lead === "observed" || (c.undocumented ?? "").length > 10, c.id).toBe(true);
    }
    // The converse: a check led by a current document that leaves nothing open is required, not advisory.
    const drifted = CHECKS.filter(
      (c) => c.level === "advisory" && c.citations[0]?.kind === "current" && !c.undocumented,
    );
    expect(drifted.map((c) => c.id)).toEqual([]);
  });

  it("keeps a check advisory when only observations back it", () => {
    for (const c of CHECKS.filter((x) => x.citations.every((citation) => citation.kind === "observed"))) {
      expect(c.level, c.id).toBe("advisory");
    }
  });

  it("covers every operation with a SCHEMA check", () => {
    for (const op of OPERATION_NAMES) {
      expect(
        CHECKS.some((c) => c.group === "schema" && c.title === `${op} replies match the spec`),
        op,
      ).toBe(true);
    }
  });

  it("refuses a registry with a duplicate id, a bad id or no citation", () => {
    const base = CHECKS[0] as CheckDefinition;
    expect(() => validateRegistry([base, base])).toThrow("used twice");
    expect(() => validateRegistry([{ ...base, id: "tags.add" }])).toThrow("PREFIX-TOPIC-NNN");
    expect(() => validateRegistry([{ ...base, citations: [] }])).toThrow("no citation");
  });
});
