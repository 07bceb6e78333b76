import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderCatalogue } from "../src/catalogue.js";
import { CHECKS } from "../src/index.js";

const committed = new URL("../../docs/conformance/checks.md", import.meta.url);

describe("docs/conformance/checks.md", () => {
  it("is the catalogue the registry generates (run `npm run catalogue -w @cloudhsm-kit/conformance`)", () => {
    expect(readFileSync(committed, "utf8")).toBe(renderCatalogue());
  });

  it("lists every check id", () => {
    const text = renderCatalogue();
    for (const c of CHECKS) {
      expect(text).toContain(`\`${c.id}\``);
    }
  });
});
