import { describe, expect, it } from "vitest";
import { registered } from "../registry/registration.js";
import { classify, summarise } from "../runner/classify.js";
import type { RunResult } from "../runner/types.js";
import { htmlReport } from "./html.js";
import { escapeHtml, link, shortUrl } from "./html-page.js";

// Ids and a group the registry does not have, so that the test holds whatever checks the suite has; one registered
// check besides, to show that what a check asserts comes from the registry.
const meta = (id: string, level: "required" | "advisory", title: string) => ({
  id,
  service: "demo",
  group: "demo-group",
  level,
  title,
  citations: [
    {
      url: "https://docs.example/a-very-long/path/to/the/document/API_Demo.html",
      quote: 'says "<b>"',
      kind: "current" as const,
    },
    { url: "javascript:alert(1)", quote: "not a link", kind: "observed" as const, note: "a <note>" },
  ],
});
const results = [
  classify(
    meta("DEMO-FAIL-001", "required", "Demo rejects <script>"),
    {
      outcome: "failed",
      reason: 'expected HTTP 400, got HTTP 500 with a body starting "<!doctype html>"',
      notes: [
        "a note & more",
        "replies that did not match the spec (reported by the SCHEMA checks): Demo (HTTP 200): …",
      ],
      exchanges: [
        { method: "POST", path: "/", target: "BaldrApiService.DescribeBackups", requestBody: "{}", status: 200 },
        {
          method: "POST",
          path: "/?a=<b>",
          target: "BaldrApiService.Demo",
          requestBody: '{"Id":"<script>alert(1)</script>"}',
          status: 500,
          headers: { "content-type": "text/html", "x-amzn-requestid": "r-1" },
          replyBody: "<!doctype html><h1>Internal Server Error</h1>",
        },
      ],
      durationMs: 3,
    },
    undefined,
  ),
  classify(
    meta("DEMO-DIFF-001", "advisory", "Demo differs"),
    { outcome: "failed", reason: "accepted", notes: [], durationMs: 1 },
    undefined,
  ),
  classify(meta("DEMO-PASS-001", "required", "Demo holds"), { outcome: "passed", notes: [], durationMs: 1 }, undefined),
];
const first = registered().checks[0];
if (first) {
  results.push(
    classify(first, { outcome: "skipped", reason: "needs a second region", notes: [], durationMs: 0 }, undefined),
  );
}
const run: RunResult = {
  runId: "run-<1>",
  target: { name: "t<arget>", endpoint: "http://127.0.0.1:1", regions: { primary: "us-east-1" }, control: undefined },
  startedAt: "2026-12-05T00:00:00Z",
  finishedAt: "2026-12-05T00:00:01Z",
  results,
  summary: summarise(results),
  cleanupFailures: [{ what: "delete <x>", error: "gone" }],
  violations: [{ operation: "Demo", status: 200, problems: ["/Id must be <string>"], checkId: "DEMO-FAIL-001" }],
};
const html = htmlReport(run);

describe("escapeHtml and link", () => {
  it("escapes markup and quotes", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
  it("links only http(s) URLs", () => {
    expect(link("https://e.example/?a=1&b=2", "doc")).toBe('<a href="https://e.example/?a=1&amp;b=2">doc</a>');
    expect(link("javascript:alert(1)")).toBe("javascript:alert(1)");
  });
  it("shortens a long URL to its host and last segment", () => {
    expect(shortUrl("https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DeleteBackup.html")).toBe(
      "docs.aws.amazon.com/…/API_DeleteBackup.html",
    );
    expect(shortUrl("https://e.example/short")).toBe("https://e.example/short");
  });
});

describe("htmlReport", () => {
  it("is one page with no external asset", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<(link|img|iframe)\b|<script\s+src|@import|url\(/i);
  });

  it("escapes every text the results carry", () => {
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain('<!doctype html>"');
    expect(html).toContain("Demo rejects &lt;script&gt;");
    expect(html).toContain("a body starting &quot;&lt;!doctype html&gt;&quot;");
    expect(html).toContain("“says &quot;&lt;b&gt;&quot;”");
    expect(html).toContain("a note &amp; more");
    expect(html).toContain("t&lt;arget&gt;");
    expect(html).toContain("delete &lt;x&gt;: gone");
    expect(html).not.toContain('href="javascript:');
  });

  it("shows a failure's evidence: the reason, its notes and the replies it received that broke the spec", () => {
    const row = html.slice(html.indexOf('id="check-DEMO-FAIL-001"'), html.indexOf('id="check-DEMO-DIFF-001"'));
    expect(row).toContain('data-result="FAIL"');
    expect(row).toContain("<strong>Why:</strong> expected HTTP 400, got HTTP 500");
    expect(row).toContain("Demo (HTTP 200): /Id must be &lt;string&gt;");
    expect(row).not.toContain("replies that did not match the spec (reported"); // the list above says it in full
    expect(row).toContain("<details open>");
    expect(row).toContain('<a href="https://docs.example/a-very-long/path/to/the/document/API_Demo.html">');
  });

  it("shows the HTTP exchanges under the reason, escaped, the last one open", () => {
    const row = html.slice(html.indexOf('id="check-DEMO-FAIL-001"'), html.indexOf('id="check-DEMO-DIFF-001"'));
    const exchanges = row.slice(row.indexOf('<details class="exchanges" open>'));
    expect(row.indexOf("<strong>Why:</strong>")).toBeLessThan(row.indexOf('class="exchanges"'));
    expect(exchanges).toContain("The last 2 HTTP exchanges of the check (request and reply)");
    expect(exchanges).toContain("<details><summary><code>POST / (BaldrApiService.DescribeBackups)</code> → HTTP 200");
    expect(exchanges).toContain(
      "<details open><summary>Last: <code>POST /?a=&lt;b&gt; (BaldrApiService.Demo)</code> → HTTP 500</summary>",
    );
    expect(exchanges).toContain("<pre>{&quot;Id&quot;:&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;}</pre>");
    expect(exchanges).toContain("HTTP 500, content-type: text/html, x-amzn-requestid: r-1");
    expect(exchanges).toContain("<pre>&lt;!doctype html&gt;&lt;h1&gt;Internal Server Error&lt;/h1&gt;</pre>");
    expect(exchanges).toContain("<p>Reply body: (empty)</p>");
  });

  it("shows a result without exchanges (an older results.json) with its reason alone", () => {
    const row = html.slice(html.indexOf('id="check-DEMO-DIFF-001"'), html.indexOf('id="check-DEMO-PASS-001"'));
    expect(row).toContain("<strong>Why:</strong> accepted");
    expect(row).not.toContain('class="exchanges"');
  });

  it("labels an advisory failure as a difference and keeps a pass short", () => {
    expect(html).toContain('id="check-DEMO-DIFF-001" data-result="differs"');
    const pass = html.slice(html.indexOf('id="check-DEMO-PASS-001"'));
    expect(pass.slice(0, pass.indexOf("</tr>"))).not.toContain('class="evidence"');
  });

  it("counts by service, group and level", () => {
    const footer = (id: string) => {
      const table = html.slice(html.indexOf(`id="${id}"`));
      return table.slice(table.indexOf("<tfoot>"), table.indexOf("</tfoot>"));
    };
    for (const id of ["by-service", "by-group", "by-level"]) {
      expect(footer(id)).toContain(`data-label="checks">${results.length}<`);
      expect(footer(id)).toContain('data-label="FAIL">1<');
      expect(footer(id)).toContain('data-label="differs">1<');
    }
  });

  it("says what a registered check asserts", () => {
    expect(first).toBeDefined();
    expect(html).toContain(escapeHtml(first?.asserts ?? "(no registered check)"));
  });
});
