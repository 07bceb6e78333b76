import type { SUMMARY_COLUMNS } from "./markdown.js";

/** Escapes text for HTML content and double-quoted attributes: check texts and replies may hold `<`, `&` or quotes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * A link to a cited document. Only http(s) URLs become links: a results file given to `matrix` comes from anywhere,
 * and a `javascript:` URL must stay text.
 */
export function link(url: string, text: string = url): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** A long URL shortened for display (host and last path segment); the link keeps the full URL. */
export function shortUrl(url: string): string {
  const m = /^https?:\/\/([^/?#]+)(?:.*\/)?([^/?#]*)/i.exec(url);
  if (!m || url.length <= 60) {
    return url;
  }
  return m[2] ? `${m[1]}/…/${m[2]}` : (m[1] ?? url);
}

/** A result label with a symbol, so that a verdict reads without colour (and in a monochrome print). */
const SYMBOL: Record<string, string> = {
  pass: "✓",
  FAIL: "✗",
  differs: "≠",
  known: "◐",
  stale: "↻",
  skip: "–",
  blocked: "⊘",
  "not run": "·",
};

/** One verdict as an element: the symbol (hidden from screen readers, which read the word) and the word. */
export function verdict(label: string): string {
  const symbol = SYMBOL[label] ?? "?";
  const cls = label.replace(/\W+/g, "-");
  return `<span class="v v-${cls}"><span aria-hidden="true">${symbol}</span> ${escapeHtml(label)}</span>`;
}

/** What each label means, for the legend of both pages. */
export const LABEL_MEANING: Record<(typeof SUMMARY_COLUMNS)[number] | "not run", string> = {
  pass: "the check holds",
  FAIL: "a required or legacy check fails: the run fails",
  differs: "an advisory check does not hold (reported, never failing)",
  known: "a failure the target's expectations declare",
  stale: "declared to fail, but passed",
  skip: "not run, with the reason",
  blocked: "a fixture it needs could not be made",
  "not run": "the check is not in this target's results",
};

export function legend(labels: readonly string[]): string {
  const items = labels.map((l) => `<dt>${verdict(l)}</dt><dd>${escapeHtml(LABEL_MEANING[l as "pass"] ?? "")}</dd>`);
  return `<dl class="legend">${items.join("")}</dl>`;
}

/* Colour only repeats what the symbol and word say; focus is always visible; tables scroll on narrow screens. */
const CSS = `
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--mute:#595959;--line:#d0d0d0;--head:#f2f2f2;--pass:#176b2c;--fail:#b00020;--warn:#7a4d00;--info:#1f4e99}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--bg:#161616;--mute:#b0b0b0;--line:#444;--head:#242424;--pass:#7ed492;--fail:#ff8a8a;--warn:#f0c36a;--info:#9cc0ff}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:80rem;padding:1rem;font:15px/1.45 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--info)}
:focus-visible{outline:3px solid var(--info);outline-offset:2px}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;margin-top:2rem}
code{font:13px/1.3 ui-monospace,monospace}
table{border-collapse:collapse;margin:.5rem 0}table.wide{width:100%}
.scroll{overflow-x:auto}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top}
thead th,tfoot th,tfoot td{background:var(--head)}
tbody th[scope=row]{font-weight:normal}
ul.cites{list-style:none;padding-left:0}.cites li{margin:.4rem 0}
td.n{text-align:right;font-variant-numeric:tabular-nums}
th[scope=colgroup]{background:var(--head);font-size:1.05rem}
.v{white-space:nowrap;font-weight:600}
.v-pass{color:var(--pass)}.v-FAIL{color:var(--fail)}.v-differs,.v-known,.v-stale,.v-blocked{color:var(--warn)}.v-skip,.v-not-run{color:var(--mute)}
.meta,.legend dd{color:var(--mute)}
.legend{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem}.legend dd{margin:0}
.evidence{border-left:3px solid var(--fail);padding-left:.5rem;margin:.2rem 0;overflow-wrap:anywhere}
.evidence p,.evidence ul{margin:.2rem 0}
nav ul{columns:18rem;padding-left:1.2rem;margin:.5rem 0}nav li{break-inside:avoid}
blockquote{margin:.2rem 0 .2rem 1rem}
details summary{cursor:pointer}
fieldset{border:1px solid var(--line)}fieldset label{margin-right:1rem;white-space:nowrap}
[hidden]{display:none!important}
`;

export interface PageOptions {
  title: string;
  body: string;
  /** A little inline script (filters): the page reads fully without it. */
  script?: string;
  /** Rules only this page needs, after the shared ones (so that other pages stay byte for byte as they were). */
  css?: string;
}

/** One self-contained page: inline CSS (and script), no external asset, so it reads offline and travels as one file. */
export function htmlPage({ title, body, script, css }: PageOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS.trim()}${css ? `\n${css.trim()}` : ""}</style>
</head>
<body>
${body}
${script ? `<script>${script.trim()}</script>\n` : ""}</body>
</html>
`;
}

/**
 * A filter form, hidden until its script runs (without a script it would do nothing): one checkbox per result
 * label; unticking one hides the rows (`tr[data-result]`) that carry it, and a block of rows (`[data-rows]`: a group)
 * with none left. A status line says how many checks show.
 */
export function filterForm(labels: readonly string[], extra = ""): { form: string; script: string } {
  const boxes = labels
    .map((l) => `<label><input type="checkbox" name="result" value="${escapeHtml(l)}" checked> ${verdict(l)}</label>`)
    .join("");
  return {
    form: `<form id="filter" hidden><fieldset><legend>Show the checks whose result is</legend>${boxes}${extra}<p role="status" id="shown"></p></fieldset></form>`,
    script: `
const form=document.getElementById("filter");form.hidden=false;
const apply=()=>{const on=new Set([...form.querySelectorAll("input[name=result]:checked")].map(i=>i.value));
const split=form.querySelector("input[name=split]");
for(const tr of document.querySelectorAll("tr[data-result]")){const any=tr.dataset.result.split("|").some(r=>on.has(r));
tr.hidden=!any||(split!==null&&split.checked&&tr.dataset.agree==="yes")}
for(const g of document.querySelectorAll("[data-rows]"))g.hidden=!g.querySelector("tr[data-result]:not([hidden])");
const rows=document.querySelectorAll("tr[data-result]");
document.getElementById("shown").textContent=[...rows].filter(r=>!r.hidden).length+" of "+rows.length+" checks shown"};
apply();
form.addEventListener("change",apply);`,
  };
}
