import type { CheckDefinition } from "../../src/index.js";
import type { KillRun } from "./kill-run.js";

export interface KillReportOptions {
  /** The first line: which kind of target the faults were run against. */
  heading: string;
  /** The checks that could have run there: the required and legacy ones no fault made fail are listed last. */
  checks?: readonly CheckDefinition[];
  /** How long the whole run of faults took, wall-clock (runs may overlap). */
  wallMs?: number;
}

const shown = (ids: readonly string[]) => ids.slice(0, 6).join(", ") + (ids.length > 6 ? ` (+${ids.length - 6})` : "");

function line(run: KillRun): string {
  const caught = run.caughtBy.map((r) => r.id);
  const counts = `${run.changes} changes, ${run.checksRun} checks, ${run.durationMs} ms`;
  if (run.outOfScope !== undefined) {
    return `n/a      [${run.level}] ${run.fault} (${counts}): needs the control protocol (${run.outOfScope})`;
  }
  const verdict = caught.length > 0 ? "killed  " : "SURVIVED";
  return `${verdict} [${run.level}] ${run.fault} (${counts})${caught.length > 0 ? ` by ${shown(caught)}` : ""}`;
}

/**
 * The kill-rate report: its heading, one line per fault with the checks that caught it, then the kill rate of the
 * required and legacy faults and, apart, how many advisory faults the advisory checks caught; faults out of scope
 * for the target (they need the control protocol) are listed but not counted. Last, the required and legacy
 * `checks` that no fault made fail (checks whose breaking the proxy does not yet exercise).
 */
export function killReport(runs: readonly KillRun[], options: KillReportOptions): string {
  const inScope = runs.filter((r) => r.outOfScope === undefined);
  const rate = (list: readonly KillRun[]) => `${list.filter((r) => r.caughtBy.length > 0).length} of ${list.length}`;
  const documented = inScope.filter((r) => r.level !== "advisory");
  const advisory = inScope.filter((r) => r.level === "advisory");
  const broken = new Set(runs.flatMap((r) => r.caughtBy.map((c) => c.id)));
  const unbroken = (options.checks ?? []).filter((c) => c.level !== "advisory" && !broken.has(c.id)).map((c) => c.id);
  const total = runs.reduce((sum, r) => sum + r.durationMs, 0);
  const wall = options.wallMs === undefined ? "" : `, ${Math.round(options.wallMs / 1000)} s wall-clock`;
  return [
    `== ${options.heading} ==`,
    ...runs.map(line),
    `killed ${rate(documented)} faults (required and legacy behaviour; caught by required or legacy checks)`,
    `advisory faults caught by advisory checks: ${rate(advisory)}`,
    ...(runs.length > inScope.length
      ? [
          `faults out of scope here (only checks that need the control protocol catch them): ${runs.length - inScope.length}`,
        ]
      : []),
    `required and legacy checks that no fault made fail: ${unbroken.length === 0 ? "none" : unbroken.join(", ")}`,
    `${runs.length} fault runs in ${Math.round(total / 1000)} s of run time${wall}`,
  ].join("\n");
}
