import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { registered } from "../registry/registration.js";
import { buildMatrix } from "./matrix.js";
import { matrixHtml } from "./matrix-html.js";
import { readTargets } from "./matrix-input.js";
import { matrixMarkdown } from "./matrix-markdown.js";

const root = new URL("../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const OUT = "docs/conformance/parity-matrix";

/** The published parity matrix is what `matrix` makes of its committed inputs (see regenerate.sh beside it). */
describe("docs/conformance/parity-matrix (regenerate with docs/conformance/parity-matrix/regenerate.sh)", () => {
  const moto = /^# moto (\S+) /.exec(read("docs/conformance/moto-report.md"))?.[1];
  const targets = readTargets(
    [`reference emulator=${OUT}/reference/results.json`, `moto ${moto}=docs/conformance/moto/results.json`],
    read,
  );
  const title = `Parity matrix: the reference emulator and moto ${moto}`;
  const matrix = buildMatrix(targets);

  it("is the matrix of the committed results, in Markdown and HTML", () => {
    expect(read(`${OUT}/matrix.md`)).toBe(matrixMarkdown(matrix, title));
    expect(read(`${OUT}/matrix.html`)).toBe(matrixHtml(matrix, title));
  });

  it("has every check of the registry, run against both targets", () => {
    const rows = matrix.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => r.id).sort()).toEqual(
      registered()
        .checks.map((c) => c.id)
        .sort(),
    );
    expect(rows.filter((r) => r.cells.includes("not run")).map((r) => r.id)).toEqual([]);
  });
});
