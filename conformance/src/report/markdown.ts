import { registered } from "../registry/registration.js";
import type { Citation } from "../registry/types.js";
import type { CheckResult, ResultStatus, RunResult } from "../runner/types.js";
import { exchangeLine } from "./exchange-text.js";

export const RESULT_LABEL: Record<ResultStatus, string> = {
  pass: "pass",
  fail: "FAIL",
  skip: "skip",
  known: "known",
  stale: "stale",
  blocked: "blocked",
};

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

const KIND_LABEL: Record<Citation["kind"], string> = {
  current: "",
  earlier: "earlier version: ",
  observed: "observed: ",
};

/**
 * A citation's text: the quoted passage in quotation marks, marked when it comes only from an earlier version of a
 * document or from an observation, and followed by the citation's note when it has one.
 */
export function quoted(c: Citation, escapeText: (text: string) => string = (t) => t): string {
  const note = c.note ? ` (${escapeText(c.note)})` : "";
  return `${KIND_LABEL[c.kind]}“${escapeText(c.quote)}”${note}`;
}

export function resultLabel(r: CheckResult): string {
  return r.status === "fail" && r.level === "advisory" ? "differs" : RESULT_LABEL[r.status];
}

/** The columns of the summary tables: "FAIL" fails the run, "differs" is an advisory check that does not hold. */
export const SUMMARY_COLUMNS = ["pass", "FAIL", "differs", "known", "stale", "skip", "blocked"] as const;

/** How many of `results` carry each summary column's label, in column order. */
export function countByLabel(results: readonly CheckResult[]): number[] {
  return SUMMARY_COLUMNS.map((label) => results.filter((r) => resultLabel(r) === label).length);
}

/** The summary counts as a Markdown table, one row per group. */
export function summaryTable(run: RunResult): string {
  const rows = registered()
    .groups.map((g) => {
      const rs = run.results.filter((r) => r.group === g.id);
      if (rs.length === 0) {
        return undefined;
      }
      return `| ${g.title} | ${rs.length} | ${countByLabel(rs).join(" | ")} |`;
    })
    .filter(Boolean);
  return [
    `| group | checks | ${SUMMARY_COLUMNS.join(" | ")} |`,
    `|---|---:|${SUMMARY_COLUMNS.map(() => "---:").join("|")}|`,
    ...rows,
    `| **all** | **${run.results.length}** | **${countByLabel(run.results).join("** | **")}** |`,
  ].join("\n");
}

/** The report for people: target, summary, then every check with level, result, reason and citation. */
export function markdownReport(run: RunResult): string {
  const t = run.target;
  const s = run.summary;
  const verdict = s.failsRun === 0 ? "passes" : `fails (${s.failsRun} required or legacy checks)`;
  const lines = [
    "# CloudHSM v2 conformance report",
    "",
    `- Target: ${t.name ?? "(unnamed)"}${t.endpoint ? ` at ${t.endpoint}` : " (AWS's own endpoints)"}${t.control ? ` — control protocol: ${t.control.name} ${t.control.version}` : ""}`,
    `- Regions: ${Object.entries(t.regions)
      .filter(([, v]) => v)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
    `- Run: ${run.runId}, ${run.startedAt} → ${run.finishedAt}`,
    `- Verdict: the target ${verdict}; ${s.advisoryDifferences} advisory differences (reported, never failing).`,
    "",
    "Results: **pass**; **FAIL** (fails the run); **differs** (an advisory check that does not hold); **known** (a failure the target's expectations declare); **stale** (declared to fail, but passed); **skip** (with the reason); **blocked** (a fixture it needs could not be made; the reason carries the fixture's evidence).",
    "",
    summaryTable(run),
    "",
  ];
  for (const g of registered().groups) {
    const rs = run.results.filter((r) => r.group === g.id);
    if (rs.length === 0) {
      continue;
    }
    lines.push(`## ${g.title}`, "", "| check | level | result | reason | citation |", "|---|---|---|---|---|");
    for (const r of rs) {
      const c = r.citations[0];
      const recorded = r.recordings
        ? `<br>rests on recordings: ${r.recordings.map((id) => `\`${id}\``).join(", ")}`
        : "";
      const citation = `${c ? `[${quoted(c, cell)}](${c.url})` : ""}${recorded}`;
      // The last exchange, briefly: the request and the start of the reply that led to the verdict.
      const last = r.exchanges?.at(-1);
      const reason = [r.reason, last && `last exchange: ${exchangeLine(last)}`, ...r.notes].filter(Boolean).join(" — ");
      lines.push(`| \`${r.id}\` ${cell(r.title)} | ${r.level} | ${resultLabel(r)} | ${cell(reason)} | ${citation} |`);
    }
    lines.push("");
  }
  if (run.cleanupFailures.length > 0) {
    lines.push("## Cleanup failures", "", ...run.cleanupFailures.map((f) => `- ${f.what}: ${f.error}`), "");
  }
  return lines.join("\n");
}
