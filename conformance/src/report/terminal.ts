import { registered } from "../registry/registration.js";
import type { CheckResult, RunResult } from "../runner/types.js";
import { countByLabel, resultLabel, SUMMARY_COLUMNS } from "./markdown.js";

const COLOURS: Record<string, string> = {
  pass: "32",
  FAIL: "31",
  differs: "33",
  known: "36",
  stale: "35",
  skip: "90",
  blocked: "35",
};

/** `; took 7.9 s` for a run that knows its wall time, else nothing. */
export function took(run: Pick<RunResult, "wallTimeMs">): string {
  return run.wallTimeMs === undefined ? "" : `; took ${(run.wallTimeMs / 1000).toFixed(1)} s`;
}

/** Terminal output: one line per finished check, and a summary table at the end. */
export class TerminalProgress {
  #done = 0;
  constructor(
    private readonly write: (text: string) => void,
    private readonly colour: boolean,
  ) {}

  #paint(label: string, text: string): string {
    const code = COLOURS[label];
    return this.colour && code ? `\u001b[${code}m${text}\u001b[0m` : text;
  }

  start(total: number, description: string): void {
    this.write(`cloudhsm-conformance: ${total} checks against ${description}\n`);
  }

  /** On a terminal, shows which check is running until its result replaces the line. */
  begin(id: string): void {
    if (this.colour) {
      this.write(`\u001b[2K  … ${id}\r`);
    }
  }

  result(r: CheckResult, total: number): void {
    this.#done++;
    if (this.colour) {
      this.write("\u001b[2K");
    }
    const label = resultLabel(r);
    const counter = `[${String(this.#done).padStart(String(total).length)}/${total}]`;
    const why = r.status === "pass" ? "" : `  — ${r.reason ?? ""}`;
    this.write(`${counter} ${this.#paint(label, label.padEnd(7))} ${r.level.padEnd(8)} ${r.id}  ${r.title}${why}\n`);
  }

  summary(run: RunResult, reportFiles: readonly string[]): void {
    const pad = (s: string | number, n: number) => String(s).padStart(n);
    const width = SUMMARY_COLUMNS.map((c) => Math.max(5, c.length));
    const line = (title: string, total: string | number, cells: readonly (string | number)[]) =>
      `  ${title.padEnd(46)} ${pad(total, 6)} ${cells.map((c, i) => pad(c, width[i] ?? 5)).join(" ")}\n`;
    const row = (title: string, rs: readonly CheckResult[]) => line(title, rs.length, countByLabel(rs));
    this.write(`\n${line("group", "checks", SUMMARY_COLUMNS)}`);
    for (const g of registered().groups) {
      const rs = run.results.filter((r) => r.group === g.id);
      if (rs.length > 0) {
        this.write(row(g.title, rs));
      }
    }
    this.write(`${row("all", run.results)}\n`);
    const s = run.summary;
    const failing = run.results.filter((r) => r.failsRun);
    for (const r of failing) {
      this.write(`${this.#paint("FAIL", "FAIL")} ${r.id} (${r.level}): ${r.reason ?? ""}\n`);
    }
    for (const r of run.results.filter((x) => x.status === "stale")) {
      this.write(`${this.#paint("stale", "stale")} ${r.id}: ${r.reason ?? ""}\n`);
    }
    this.write(
      `${s.failsRun === 0 ? this.#paint("pass", "PASSED") : this.#paint("FAIL", "FAILED")}: ${s.byStatus.pass} passed, ${s.failsRun} failing the run, ${s.advisoryDifferences} advisory differences, ${s.byStatus.known} known, ${s.byStatus.stale} stale, ${s.byStatus.skip} skipped, ${s.byStatus.blocked} blocked${took(run)}\n`,
    );
    this.write(`reports: ${reportFiles.join(", ")}\n`);
  }
}
