import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../config/validate.js";
import { registered } from "../registry/registration.js";
import { summarise } from "../runner/classify.js";
import type { CheckResult, RunResult } from "../runner/types.js";
import { buildMatrix, NOT_RUN } from "./matrix.js";
import { matrixCommand } from "./matrix-command.js";
import { matrixHtml } from "./matrix-html.js";
import { readTargets, splitNamed, validateRun } from "./matrix-input.js";
import { matrixMarkdown } from "./matrix-markdown.js";

// Made-up checks in made-up groups, so that the test holds whatever checks the suite has.
const result = (id: string, status: CheckResult["status"], group = "g-one", level: CheckResult["level"] = "required") =>
  ({
    id,
    service: "demo",
    group,
    level,
    title: `${id} <title>`,
    citations: [],
    outcome: "passed",
    status,
    notes: [],
    durationMs: 0,
    failsRun: status === "fail",
  }) as CheckResult;

const runOf = (name: string | undefined, results: CheckResult[]): RunResult => ({
  runId: `run-${name}`,
  target: { name, endpoint: undefined, regions: { primary: "us-east-1" }, control: undefined },
  startedAt: "2026-12-05T00:00:00Z",
  finishedAt: "2026-12-05T00:00:01Z",
  results,
  summary: summarise(results),
  cleanupFailures: [],
});

const a = runOf("a", [
  result("DEMO-A-001", "pass"),
  result("DEMO-B-001", "fail"),
  result("DEMO-C-001", "pass", "g-two"),
]);
const b = runOf("b", [
  result("DEMO-A-001", "pass"),
  result("DEMO-B-001", "known"),
  result("DEMO-D-001", "fail", "g-one", "advisory"),
]);

describe("readTargets", () => {
  const files: Record<string, string> = {
    "x/a.json": JSON.stringify(a),
    "x/b.json": JSON.stringify(b),
    "ci/results.json": JSON.stringify(runOf(undefined, [])),
    "bad.json": "{",
  };
  const read = (path: string) => {
    const text = files[path];
    if (text === undefined) {
      throw Object.assign(new Error("no"), { code: "ENOENT" });
    }
    return text;
  };

  it("names each target by name=path, else by the file's target, else by its folder", () => {
    expect(readTargets(["x/a.json", "other=x/b.json", "ci/results.json"], read).map((t) => t.name)).toEqual([
      "a",
      "other",
      "ci",
    ]);
    expect(splitNamed("moto 5.2.1=docs/r.json")).toEqual({ name: "moto 5.2.1", path: "docs/r.json" });
    expect(splitNamed("dir/a=b.json")).toEqual({ path: "dir/a=b.json" });
  });

  it("names the file and what was expected when it refuses one", () => {
    expect(() => readTargets([], read)).toThrow("expected one or more results.json files");
    expect(() => readTargets(["gone.json"], read)).toThrow("gone.json: cannot read it (ENOENT)");
    expect(() => readTargets(["bad.json"], read)).toThrow("bad.json: not JSON");
    expect(() => readTargets(["x/a.json", "x/a.json"], read)).toThrow('two targets are named "a"');
    expect(() => validateRun([], "f.json")).toThrow("f.json: expected a JSON object");
    expect(() => validateRun({ results: [] }, "f.json")).toThrow("f.json: expected a results.json written by");
    expect(() => validateRun({ runId: "r", target: {}, results: {} }, "f.json")).toThrow(
      "expected an array at results",
    );
    const broken = (r: object) => ({ runId: "r", target: {}, results: [result("DEMO-A-001", "pass"), r] });
    expect(() => validateRun(broken({ ...result("X-001", "pass"), status: "ok" }), "f.json")).toThrow(
      'f.json: results[1] has status "ok", expected one of pass, fail, skip, known, stale, blocked',
    );
    expect(() => validateRun(broken({ ...result("X-001", "pass"), level: "must" }), "f.json")).toThrow(
      'results[1] has level "must", expected one of required, legacy, advisory',
    );
    expect(() => validateRun(broken({ ...result("X-001", "pass"), id: 3 }), "f.json")).toThrow("results[1] has no id");
    expect(() => validateRun(broken(result("DEMO-A-001", "pass")), "f.json")).toThrow(
      "check DEMO-A-001 is reported twice",
    );
  });

  it("reads a results.json whose failures carry their exchanges as well as one written before they were kept", () => {
    const failed = { ...result("DEMO-A-001", "fail"), exchanges: [{ method: "POST", path: "/", status: 500 }] };
    const withExchanges = { runId: "r", target: {}, results: [failed, result("DEMO-B-001", "pass")] };
    expect(validateRun(withExchanges, "new.json").results[0]?.exchanges).toHaveLength(1);
    const older = { runId: "r", target: {}, results: [result("DEMO-A-001", "fail")] };
    expect(validateRun(older, "old.json").results[0]).not.toHaveProperty("exchanges");
  });
});

describe("buildMatrix", () => {
  const m = buildMatrix([
    { name: "a", file: "a.json", run: a },
    { name: "b", file: "b.json", run: b },
  ]);
  const rows = m.groups.flatMap((g) => g.rows);

  it("has a row for every check of any target, grouped, with not run where a target lacks it", () => {
    expect(m.groups.map((g) => [g.id, g.rows.map((r) => r.id)])).toEqual([
      ["g-one", ["DEMO-A-001", "DEMO-B-001", "DEMO-D-001"]],
      ["g-two", ["DEMO-C-001"]],
    ]);
    expect(rows.map((r) => [r.id, r.cells, r.agree])).toEqual([
      ["DEMO-A-001", ["pass", "pass"], true],
      ["DEMO-B-001", ["FAIL", "known"], false],
      ["DEMO-D-001", [NOT_RUN, "differs"], false],
      ["DEMO-C-001", ["pass", NOT_RUN], false],
    ]);
  });

  it("totals each target's cells", () => {
    // MATRIX_LABELS: pass, FAIL, differs, known, stale, skip, blocked, not run
    expect(m.totals).toEqual([
      [2, 1, 0, 0, 0, 0, 0, 1],
      [1, 0, 1, 1, 0, 0, 0, 1],
    ]);
  });

  it("orders registered groups as the registry does", () => {
    const reg = registered();
    const [g1, g2] = [reg.groups[1], reg.groups[0]];
    expect(g1 && g2).toBeTruthy();
    const own = (g: typeof g1, id: string) => ({ ...result(id, "pass", g?.id), service: g?.service ?? "" });
    const run = runOf("r", [own(g1, "DEMO-X-001"), own(g2, "DEMO-Y-001"), result("DEMO-Z-001", "pass", "zz")]);
    const groups = buildMatrix([{ name: "r", file: "r.json", run }]).groups;
    expect(groups.map((g) => g.title)).toEqual([g2?.title, g1?.title, "zz"]);
  });

  it("writes Markdown and HTML with escaped texts", () => {
    const md = matrixMarkdown(m);
    expect(md).toContain("| check | level | a | b | agree |");
    expect(md).toContain("| `DEMO-B-001` DEMO-B-001 <title> | required | FAIL | known | **no** |");
    expect(md).toContain("| not run | 1 | 1 |");
    const html = matrixHtml(m);
    expect(html).toContain('id="check-DEMO-D-001" data-result="not run|differs" data-agree="no"');
    expect(html).toContain("DEMO-B-001 &lt;title&gt;");
    expect(html).not.toContain("<title>DEMO");
  });
});

describe("matrixCommand", () => {
  it("writes matrix.html and matrix.md, and refuses bad flags and files as usage errors", () => {
    const dir = mkdtempSync(join(tmpdir(), "matrix-"));
    try {
      writeFileSync(join(dir, "a.json"), JSON.stringify(a));
      writeFileSync(join(dir, "b.json"), JSON.stringify(b));
      const lines: string[] = [];
      const out = join(dir, "out");
      expect(
        matrixCommand([join(dir, "a.json"), `second=${join(dir, "b.json")}`, "--out", out], (t) => lines.push(t)),
      ).toBe(0);
      expect(readFileSync(join(out, "matrix.md"), "utf8")).toContain("| check | level | a | second | agree |");
      expect(readFileSync(join(out, "matrix.html"), "utf8")).toContain('<th scope="col">second</th>');
      expect(lines.join("")).toContain("matrix.html");
      expect(() => matrixCommand(["--bogus"], () => {})).toThrow(ConfigError);
      expect(() => matrixCommand([join(dir, "missing.json")], () => {})).toThrow(
        /matrix: .*missing.json: cannot read it/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("cloudhsm-conformance matrix (built CLI)", () => {
  const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
  const run = (args: string[]) =>
    spawnSync(process.execPath, [cli, "matrix", ...args], { encoding: "utf8", timeout: 60_000 });

  it("writes the matrix and exits 0; a bad file is exit status 2 with one line naming it", () => {
    const dir = mkdtempSync(join(tmpdir(), "matrix-cli-"));
    try {
      writeFileSync(join(dir, "a.json"), JSON.stringify(a));
      writeFileSync(join(dir, "b.json"), "[]");
      const ok = run([join(dir, "a.json"), `copy=${join(dir, "a.json")}`, "--out", join(dir, "out")]);
      expect(ok.status, ok.stderr).toBe(0);
      expect(existsSync(join(dir, "out", "matrix.html"))).toBe(true);
      const bad = run([join(dir, "a.json"), join(dir, "b.json")]);
      expect(bad.status).toBe(2);
      expect(bad.stderr.trim().split("\n")).toEqual([
        `cloudhsm-conformance: matrix: ${join(dir, "b.json")}: expected a JSON object (a results.json written by cloudhsm-conformance)`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
