import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHECKS } from "../src/index.js";

/** The moto compatibility report's machine-readable half, as docs/conformance/moto/run-against-moto.sh wrote it. */
const results = JSON.parse(
  readFileSync(new URL("../../docs/conformance/moto/results.json", import.meta.url), "utf8"),
) as { results: { id: string; group: string; level: string; title: string; citations: unknown }[] };
const markdown = readFileSync(new URL("../../docs/conformance/moto-report.md", import.meta.url), "utf8");

describe("docs/conformance/moto-report.md (regenerate with docs/conformance/moto/run-against-moto.sh)", () => {
  it("covers exactly the checks of the registry", () => {
    expect(results.results.map((r) => r.id).sort()).toEqual(CHECKS.map((c) => c.id).sort());
  });

  it("reports each check with its current group, level, title and citations", () => {
    const current = new Map(CHECKS.map((c) => [c.id, c]));
    for (const r of results.results) {
      const c = current.get(r.id);
      expect({ group: r.group, level: r.level, title: r.title, citations: r.citations }, r.id).toEqual({
        group: c?.group,
        level: c?.level,
        title: c?.title,
        citations: c?.citations,
      });
    }
  });

  it("is the Markdown of the same run", () => {
    for (const r of results.results) {
      expect(markdown, r.id).toContain(`\`${r.id}\` ${r.title}`);
    }
  });
});
