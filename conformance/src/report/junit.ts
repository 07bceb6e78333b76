import { registered } from "../registry/registration.js";
import type { CheckResult, RunResult } from "../runner/types.js";
import { exchangesText } from "./exchange-text.js";

const xml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

function testcase(r: CheckResult): string {
  const name = xml(`${r.id} ${r.title}`);
  const head = `    <testcase classname="${xml(`${r.group}.${r.level}`)}" name="${name}" time="${(r.durationMs / 1000).toFixed(3)}"`;
  const props = `      <properties><property name="level" value="${r.level}"/><property name="result" value="${r.status}"/><property name="citation" value="${xml(r.citations[0]?.url ?? "")}"/></properties>\n`;
  const reason = xml(r.reason ?? "");
  // The exchanges that led to the verdict, in full, as the failure's (or the note's) text.
  const exchanges = r.exchanges?.length ? `\n\nHTTP exchanges, oldest first:\n${exchangesText(r.exchanges)}` : "";
  if (r.status === "skip" || r.status === "blocked") {
    const message = r.status === "blocked" ? xml(`blocked: ${r.reason ?? ""}`) : reason;
    const out = exchanges ? `      <system-out>${xml(exchanges.trimStart())}</system-out>\n` : "";
    return `${head}>\n${props}      <skipped message="${message}"/>\n${out}    </testcase>`;
  }
  if (r.failsRun) {
    return `${head}>\n${props}      <failure message="${reason}" type="${r.level}">${xml(`${r.reason ?? ""}${exchanges}`)}</failure>\n    </testcase>`;
  }
  const out =
    r.status === "pass"
      ? ""
      : `      <system-out>${xml(`${r.status}${r.level === "advisory" && r.status === "fail" ? " (advisory)" : ""}: ${r.reason ?? ""}${exchanges}`)}</system-out>\n`;
  return `${head}>\n${props}${out}    </testcase>`;
}

/**
 * JUnit XML for CI systems: one testsuite per behaviour group. Only results that fail the run are `<failure>`s;
 * advisory differences, known divergences and stale expectations pass with a `<system-out>` note.
 */
export function junitReport(run: RunResult): string {
  const suites = registered()
    .groups.map((g) => {
      const results = run.results.filter((r) => r.group === g.id);
      if (results.length === 0) {
        return "";
      }
      const failures = results.filter((r) => r.failsRun).length;
      const skipped = results.filter((r) => r.status === "skip" || r.status === "blocked").length;
      const time = results.reduce((s, r) => s + r.durationMs, 0) / 1000;
      return `  <testsuite name="${xml(g.title)}" tests="${results.length}" failures="${failures}" skipped="${skipped}" errors="0" time="${time.toFixed(3)}">\n${results.map(testcase).join("\n")}\n  </testsuite>\n`;
    })
    .join("");
  const s = run.summary;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cloudhsm-conformance ${xml(run.runId)}" tests="${s.total}" failures="${s.failsRun}" skipped="${s.byStatus.skip + s.byStatus.blocked}">\n${suites}</testsuites>\n`;
}
