import type { Exchange } from "../harness/exchanges.js";

/** How much of a reply body the one-line form shows. */
const LINE_BODY = 160;

/** The request line of an exchange: `POST /path (X-Amz-Target)`. */
export function requestLine(x: Exchange): string {
  return `${x.method} ${x.path}${x.target ? ` (${x.target})` : ""}`;
}

/** What came back, in a few words: `HTTP 400, X-Amzn-ErrorType …, content-type …`, or why nothing came. */
export function replyLine(x: Exchange): string {
  if (x.status === undefined) {
    return `no reply: ${x.error ?? "unknown error"}`;
  }
  const headers = Object.entries(x.headers ?? {}).map(([k, v]) => `${k}: ${v}`);
  return [`HTTP ${x.status}`, ...headers].join(", ");
}

/** One line for a table cell: the request, the reply and the start of its body. */
export function exchangeLine(x: Exchange): string {
  const body = x.replyBody ? x.replyBody.replace(/\s+/g, " ").trim() : "";
  const start = body.length > LINE_BODY ? `${body.slice(0, LINE_BODY)}…` : body;
  return `${requestLine(x)} → ${replyLine(x)}${start ? `: ${start}` : ""}`;
}

/** Every exchange in full (bodies as kept), oldest first, for a JUnit failure's text. */
export function exchangesText(list: readonly Exchange[]): string {
  return list
    .map((x, i) =>
      [
        `#${i + 1} request: ${requestLine(x)}`,
        ...(x.requestBody ? [x.requestBody] : []),
        `#${i + 1} reply: ${replyLine(x)}`,
        ...(x.replyBody ? [x.replyBody] : []),
      ].join("\n"),
    )
    .join("\n\n");
}
