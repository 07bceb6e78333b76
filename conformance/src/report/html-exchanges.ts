import type { Exchange } from "../harness/exchanges.js";
import { replyLine, requestLine } from "./exchange-text.js";
import { escapeHtml as e } from "./html-page.js";

/** The page's rules for exchanges: bodies wrap, scroll when long, and read as code. */
export const EXCHANGES_CSS = `
.exchanges ol{padding-left:1.2rem;margin:.2rem 0}
.exchanges pre{white-space:pre-wrap;overflow-wrap:anywhere;max-height:16rem;overflow:auto;margin:.2rem 0;padding:.3rem;background:var(--head);font:12px/1.3 ui-monospace,monospace}
`;

function body(label: string, text: string | undefined): string {
  return text ? `<p>${label}:</p><pre>${e(text)}</pre>` : `<p>${label}: (empty)</p>`;
}

/** One exchange: the request as sent and the reply as received, every byte of them escaped. */
function exchange(x: Exchange, last: boolean): string {
  const summary = `${last ? "Last: " : ""}<code>${e(requestLine(x))}</code> → ${e(x.status === undefined ? "no reply" : `HTTP ${x.status}`)}`;
  return `<li><details${last ? " open" : ""}><summary>${summary}</summary>
<p><strong>Request:</strong> <code>${e(requestLine(x))}</code></p>${body("Request body", x.requestBody)}
<p><strong>Reply:</strong> ${e(replyLine(x))}</p>${x.status === undefined ? "" : body("Reply body", x.replyBody)}</details></li>`;
}

/**
 * The last HTTP exchanges of a check that did not pass, oldest first, the last one open: what it asked and what came
 * back, to read beside what it expected (the reason above). Nothing for a result without them.
 */
export function exchangesHtml(list: readonly Exchange[] | undefined): string {
  // An array check, not only a length check: results.json may be older, merged or edited by hand.
  if (!Array.isArray(list) || list.length === 0) {
    return "";
  }
  const items = list.map((x, i) => exchange(x, i === list.length - 1)).join("\n");
  return `<details class="exchanges" open><summary>The last ${list.length} HTTP ${list.length === 1 ? "exchange" : "exchanges"} of the check (request and reply)</summary><ol>${items}</ol></details>`;
}
