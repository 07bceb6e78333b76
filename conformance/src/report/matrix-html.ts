import { escapeHtml as e, filterForm, htmlPage, legend, verdict } from "./html-page.js";
import { MATRIX_LABELS, type Matrix, type MatrixRow } from "./matrix.js";

function row(r: MatrixRow): string {
  // Only the verdict: the evidence behind each cell is in that target's own report.html.
  const cells = r.cells.map((label) => `<td>${verdict(label)}</td>`).join("");
  return `<tr id="check-${e(r.id)}" data-result="${e(r.cells.join("|"))}" data-agree="${r.agree ? "yes" : "no"}"><th scope="row"><code>${e(r.id)}</code> ${e(r.title)}</th><td>${e(r.level)}</td>${cells}<td>${r.agree ? "yes" : "<strong>no</strong>"}</td></tr>`;
}

/**
 * The parity matrix as one self-contained page: the targets, the totals per target, and one table of checks ×
 * targets in which each behaviour group is a row group with its own header. A small script filters the rows (by
 * result, or only where the targets disagree); without it every row shows.
 */
export function matrixHtml(m: Matrix, title = "Conformance parity matrix"): string {
  const checks = m.groups.reduce((n, g) => n + g.rows.length, 0);
  const split = m.groups.reduce((n, g) => n + g.rows.filter((r) => !r.agree).length, 0);
  const heads = m.targets.map((t) => `<th scope="col">${e(t.name)}</th>`).join("");
  const width = m.targets.length + 3;
  const filter = filterForm(
    MATRIX_LABELS,
    `<label><input type="checkbox" name="split"> only the checks on which the targets disagree</label>`,
  );
  const targets = m.targets
    .map(
      (t) =>
        `<li><strong>${e(t.name)}</strong>: run ${e(t.run.runId)} of ${e(t.run.startedAt)}${t.run.target.endpoint ? ` at ${e(t.run.target.endpoint)}` : ""} (<code>${e(t.file)}</code>)</li>`,
    )
    .join("");
  const totals = MATRIX_LABELS.map(
    (label, i) =>
      `<tr><th scope="row">${verdict(label)}</th>${m.totals.map((t) => `<td class="n">${t[i]}</td>`).join("")}</tr>`,
  ).join("");
  const body = `<header><h1>${e(title)}</h1><ul>${targets}</ul>
<p>${checks} checks; the targets disagree on <strong id="disagree">${split}</strong>.</p></header>
<main>
<section aria-labelledby="totals"><h2 id="totals">Totals per target</h2>
<div class="scroll"><table id="matrix-totals"><thead><tr><th scope="col">result</th>${heads}</tr></thead>
<tbody>${totals}</tbody><tfoot><tr><th scope="row">checks</th>${m.targets.map(() => `<td class="n">${checks}</td>`).join("")}</tr></tfoot></table></div>
${legend(MATRIX_LABELS)}
</section>
<section aria-labelledby="matrix"><h2 id="matrix">Checks × targets</h2>
${filter.form}
<div class="scroll"><table id="matrix-table" class="wide"><thead><tr><th scope="col">check</th><th scope="col">level</th>${heads}<th scope="col">agree</th></tr></thead>
${m.groups
  .map(
    (g) =>
      `<tbody data-rows><tr><th scope="colgroup" colspan="${width}" id="g-${e(g.service)}-${e(g.id)}">${e(g.title)} <span class="meta">— ${e(g.serviceTitle)}</span></th></tr>\n${g.rows.map(row).join("\n")}</tbody>`,
  )
  .join("\n")}
</table></div></section>
</main>`;
  return htmlPage({ title, body, script: filter.script });
}
