import { registered } from "../registry/registration.js";
import type { Citation } from "../registry/types.js";
import { LEVELS } from "../registry/types.js";
import type { CheckResult, RunResult } from "../runner/types.js";
import { EXCHANGES_CSS, exchangesHtml } from "./html-exchanges.js";
import { escapeHtml as e, filterForm, htmlPage, legend, link, shortUrl, verdict } from "./html-page.js";
import { countByLabel, resultLabel, SUMMARY_COLUMNS } from "./markdown.js";

const KIND_NOTE: Record<Citation["kind"], string> = {
  current: "",
  earlier: " (only an earlier version of the document says so)",
  observed: " (an observation)",
};

/** A counts table: one row per `rows` entry, one column per result label, the totals in the footer. */
function countsTable(
  caption: string,
  head: string,
  rows: readonly [string, readonly CheckResult[]][],
  all: readonly CheckResult[],
  id: string,
): string {
  const cells = (rs: readonly CheckResult[]) =>
    `<td class="n" data-label="checks">${rs.length}</td>${countByLabel(rs)
      .map((n, i) => `<td class="n" data-label="${SUMMARY_COLUMNS[i]}">${n}</td>`)
      .join("")}`;
  return `<div class="scroll"><table id="${id}"><caption>${e(caption)}</caption>
<thead><tr><th scope="col">${e(head)}</th><th scope="col">checks</th>${SUMMARY_COLUMNS.map((c) => `<th scope="col">${verdict(c)}</th>`).join("")}</tr></thead>
<tbody>${rows.map(([name, rs]) => `<tr><th scope="row">${e(name)}</th>${cells(rs)}</tr>`).join("\n")}</tbody>
<tfoot><tr><th scope="row">all</th>${cells(all)}</tr></tfoot></table></div>`;
}

function citation(c: Citation): string {
  const note = c.note ? ` <span class="meta">(${e(c.note)})</span>` : "";
  return `<li><blockquote>“${e(c.quote)}”</blockquote>${link(c.url, shortUrl(c.url))}${e(KIND_NOTE[c.kind] ?? "")}${note}</li>`;
}

/** How the runner's note on the replies a check received that broke the spec begins (runner/execute.ts). */
const BAD_REPLIES_NOTE = "replies that did not match the spec";

/**
 * What the run holds about a result that is not a pass: the reason (expected against got), the HTTP exchanges that
 * led to it, notes, bad replies.
 */
function evidence(r: CheckResult, violations: RunResult["violations"]): string {
  if (r.status === "pass" && r.notes.length === 0) {
    return "";
  }
  const mine = (violations ?? []).filter((v) => v.checkId === r.id);
  const reason = r.reason ? `<p><strong>${r.status === "pass" ? "Note" : "Why"}:</strong> ${e(r.reason)}</p>` : "";
  // The run's note on bad replies repeats, shortened, what the list of the check's own bad replies below shows.
  const shown = mine.length ? r.notes.filter((n) => !n.startsWith(BAD_REPLIES_NOTE)) : r.notes;
  const notes = shown.length ? `<ul>${shown.map((n) => `<li>${e(n)}</li>`).join("")}</ul>` : "";
  const replies = mine.length
    ? `<p><strong>Replies it received that broke the spec:</strong></p><ul>${mine
        .map((v) => `<li>${e(v.operation)} (HTTP ${v.status}): ${e(v.problems.join("; "))}</li>`)
        .join("")}</ul>`
    : "";
  return `<div class="evidence">${reason}${exchangesHtml(r.exchanges)}${notes}${replies}</div>`;
}

function row(r: CheckResult, asserts: string | undefined, violations: RunResult["violations"]): string {
  const label = resultLabel(r);
  const open = r.status === "pass" || r.status === "skip" ? "" : " open";
  const recordings = r.recordings?.length
    ? `<p>Rests on the recordings ${r.recordings.map((id) => `<code>${e(id)}</code>`).join(", ")}.</p>`
    : "";
  const about = `<details${open}><summary>What it asserts, and the documents</summary>${asserts ? `<p>${e(asserts)}</p>` : ""}<ul class="cites">${r.citations.map(citation).join("")}</ul>${recordings}</details>`;
  return `<tr id="check-${e(r.id)}" data-result="${e(label)}"><th scope="row"><code>${e(r.id)}</code><br>${e(r.title)}</th><td>${e(r.level)}</td><td>${verdict(label)}</td><td>${evidence(r, violations)}${about}</td></tr>`;
}

/**
 * The report for people, as one HTML page that reads offline: the target and verdict, counts by service, group and
 * level, then every check with its verdict, level, what it asserts, the quoted citations with their links and, for
 * every result that is not a pass, the evidence the run recorded. What a check asserts comes from the registry (it
 * is not in results.json); a check the registry no longer has is shown without it.
 */
export function htmlReport(run: RunResult): string {
  const reg = registered();
  const t = run.target;
  const s = run.summary;
  const byService = reg.services
    .map((sv) => [sv.title, run.results.filter((r) => r.service === sv.id)] as [string, CheckResult[]])
    .filter(([, rs]) => rs.length > 0);
  const groups = [
    ...reg.groups.map((g) => ({ id: g.id, title: g.title, service: g.service })),
    ...[...new Set(run.results.map((r) => r.group))]
      .filter((id) => !reg.groups.some((g) => g.id === id))
      .map((id) => ({ id, title: id, service: run.results.find((r) => r.group === id)?.service ?? "" })),
  ]
    .map((g) => ({ ...g, results: run.results.filter((r) => r.group === g.id) }))
    .filter((g) => g.results.length > 0);
  const serviceTitle = (id: string) => reg.services.find((sv) => sv.id === id)?.title ?? id;
  const byLevel = LEVELS.map((l) => [l, run.results.filter((r) => r.level === l)] as [string, CheckResult[]]).filter(
    ([, rs]) => rs.length > 0,
  );
  const asserts = new Map(reg.checks.map((c) => [c.id, c.asserts]));
  const verdictText = s.failsRun === 0 ? "passes" : `fails (${s.failsRun} required or legacy checks)`;
  const regions = Object.entries(t.regions)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  const filter = filterForm(SUMMARY_COLUMNS);
  const sections = groups.map(
    (
      g,
    ) => `<section aria-labelledby="g-${e(g.id)}" data-rows><h2 id="g-${e(g.id)}">${e(g.title)} <span class="meta">— ${e(serviceTitle(g.service))}</span></h2>
<div class="scroll"><table class="wide"><thead><tr><th scope="col">check</th><th scope="col">level</th><th scope="col">result</th><th scope="col">evidence, assertion and citations</th></tr></thead>
<tbody>${g.results.map((r) => row(r, asserts.get(r.id), run.violations)).join("\n")}</tbody></table></div></section>`,
  );
  const cleanup = run.cleanupFailures.length
    ? `<section aria-labelledby="cleanup"><h2 id="cleanup">Cleanup failures</h2><ul>${run.cleanupFailures.map((f) => `<li>${e(f.what)}: ${e(f.error)}</li>`).join("")}</ul></section>`
    : "";
  const body = `<header><h1>Conformance report: ${e(t.name ?? "(unnamed target)")}</h1>
<p id="verdict"><strong>The target ${e(verdictText)}</strong>; ${s.advisoryDifferences} advisory differences (reported, never failing).</p>
<ul class="meta"><li>Endpoint: ${e(t.endpoint ?? "AWS's own endpoints")}${t.control ? `, control protocol ${e(t.control.name)} ${e(t.control.version)}` : ""}</li>
<li>Regions: ${e(regions)}</li><li>Run ${e(run.runId)}: ${e(run.startedAt)} → ${e(run.finishedAt)}${run.shard ? `, shard ${run.shard.index}/${run.shard.count}` : ""}</li></ul></header>
<nav aria-label="Contents"><ul><li><a href="#summary">Summary</a></li>${groups.map((g) => `<li><a href="#g-${e(g.id)}">${e(g.title)}</a> (${g.results.length})</li>`).join("")}${cleanup ? '<li><a href="#cleanup">Cleanup failures</a></li>' : ""}</ul></nav>
<main>
<section aria-labelledby="summary"><h2 id="summary">Summary</h2>
${countsTable("By service", "service", byService, run.results, "by-service")}
${countsTable(
  "By behaviour group",
  "group",
  groups.map((g) => [g.title, g.results]),
  run.results,
  "by-group",
)}
${countsTable("By level", "level", byLevel, run.results, "by-level")}
${legend(SUMMARY_COLUMNS)}
</section>
${filter.form}
${sections.join("\n")}
${cleanup}
</main>`;
  return htmlPage({
    title: `Conformance report: ${t.name ?? "target"} (${run.runId})`,
    body,
    script: filter.script,
    css: EXCHANGES_CSS,
  });
}
