import { MATRIX_LABELS, type Matrix } from "./matrix.js";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** Where each target's results come from: name, run id, date, endpoint. */
export function targetLines(m: Matrix): string[] {
  return m.targets.map(
    (t) =>
      `- **${cell(t.name)}**: run ${t.run.runId} of ${t.run.startedAt}${t.run.target.endpoint ? ` at ${t.run.target.endpoint}` : ""} (\`${t.file}\`)`,
  );
}

/** The parity matrix as Markdown: the targets, totals per target, then one table per behaviour group. */
export function matrixMarkdown(m: Matrix, title = "Conformance parity matrix"): string {
  const names = m.targets.map((t) => cell(t.name));
  const checks = m.groups.reduce((n, g) => n + g.rows.length, 0);
  const split = m.groups.reduce((n, g) => n + g.rows.filter((r) => !r.agree).length, 0);
  const lines = [
    `# ${title}`,
    "",
    ...targetLines(m),
    "",
    `${checks} checks; the targets disagree on ${split}. A cell is the check's result against that target (as in the reports: **FAIL** fails the run, **differs** is an advisory check that does not hold, **known** a failure the target's expectations declare); **not run** means the check is not in that target's results.`,
    "",
    "## Totals",
    "",
    `| result | ${names.join(" | ")} |`,
    `|---|${names.map(() => "---:").join("|")}|`,
    ...MATRIX_LABELS.map((label, i) => `| ${label} | ${m.totals.map((t) => t[i]).join(" | ")} |`),
    `| **checks** | ${m.targets.map(() => `**${checks}**`).join(" | ")} |`,
    "",
  ];
  for (const g of m.groups) {
    lines.push(
      `## ${cell(g.title)} (${cell(g.serviceTitle)})`,
      "",
      `| check | level | ${names.join(" | ")} | agree |`,
      `|---|---|${names.map(() => "---").join("|")}|---|`,
      ...g.rows.map(
        (r) => `| \`${r.id}\` ${cell(r.title)} | ${r.level} | ${r.cells.join(" | ")} | ${r.agree ? "yes" : "**no**"} |`,
      ),
      "",
    );
  }
  return lines.join("\n");
}
