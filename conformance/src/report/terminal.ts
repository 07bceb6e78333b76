import { GROUPS } from "../registry/index.js";
import type { CheckResult, RunResult } from "../runner/types.js";
import { resultLabel } from "./markdown.js";

const COLOURS: Record<string, string> = { pass: "32", FAIL: "31", differs: "33", known: "36", stale: "35", skip: "90" };

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
    this.write("\n  group                                          checks  pass  fail known stale  skip\n");
    for (const g of GROUPS) {
      const rs = run.results.filter((r) => r.group === g.id);
      if (rs.length === 0) {
        continue;
      }
      const n = (s: string) => rs.filter((r) => r.status === s).length;
      this.write(
        `  ${g.title.padEnd(46)} ${pad(rs.length, 6)} ${pad(n("pass"), 5)} ${pad(n("fail"), 5)} ${pad(n("known"), 5)} ${pad(n("stale"), 5)} ${pad(n("skip"), 5)}\n`,
      );
    }
    const s = run.summary;
    this.write(
      `  ${"all".padEnd(46)} ${pad(s.total, 6)} ${pad(s.byStatus.pass, 5)} ${pad(s.byStatus.fail, 5)} ${pad(s.byStatus.known, 5)} ${pad(s.byStatus.stale, 5)} ${pad(s.byStatus.skip, 5)}\n\n`,
    );
    const failing = run.results.filter((r) => r.failsRun);
    for (const r of failing) {
      this.write(`${this.#paint("FAIL", "FAIL")} ${r.id} (${r.level}): ${r.reason ?? ""}\n`);
    }
    for (const r of run.results.filter((x) => x.status === "stale")) {
      this.write(`${this.#paint("stale", "stale")} ${r.id}: ${r.reason ?? ""}\n`);
    }
    this.write(
      `${s.failsRun === 0 ? this.#paint("pass", "PASSED") : this.#paint("FAIL", "FAILED")}: ${s.byStatus.pass} passed, ${s.failsRun} failing the run, ${s.advisoryDifferences} advisory differences, ${s.byStatus.known} known, ${s.byStatus.stale} stale, ${s.byStatus.skip} skipped\n`,
    );
    this.write(`reports: ${reportFiles.join(", ")}\n`);
  }
}
