import { describe, expect, it } from "vitest";
import { normaliseText, parseStoredCopy, quotedIn } from "./stored-copy.js";

const COPY = [
  "URL: https://docs.example/page.html",
  "Title: A page",
  "Licence: CC-BY-SA-4.0",
  "Retrieved: 2026-12-04",
  "Note: only a test",
  "",
  "=== current: the live page ===",
  "",
  "The backup is `READY`\\.",
  "",
  "=== earlier: the 2018 version ===",
  "",
  "The backup was *ready*.",
  "",
  "=== current: a file of the repository ===",
  "Stored at: some/file.json",
].join("\n");

describe("parseStoredCopy", () => {
  const copy = parseStoredCopy(COPY, (path) => `contents of ${path}`);

  it("reads the header and the sections in order, resolving a stored-at line", () => {
    expect(copy.url).toBe("https://docs.example/page.html");
    expect(copy.retrieved).toBe("2026-12-04");
    expect(copy.sections.map((s) => [s.kind, s.origin, s.text])).toEqual([
      ["current", "the live page", "The backup is `READY`\\."],
      ["earlier", "the 2018 version", "The backup was *ready*."],
      ["current", "a file of the repository", "contents of some/file.json"],
    ]);
  });

  it("finds a quote only in a section of the citation's kind", () => {
    expect(quotedIn(copy, "The backup is READY.", "current")).toBe(true);
    expect(quotedIn(copy, "The backup is READY.", "earlier")).toBe(false);
    expect(quotedIn(copy, "The backup was ready.", "earlier")).toBe(true);
  });

  it("refuses a copy without a URL, with a stray header line or with an empty section", () => {
    const read = () => "";
    expect(() => parseStoredCopy(COPY.replace(/^URL: .*$/m, ""), read)).toThrow("no URL: line");
    expect(() => parseStoredCopy(`Source: x\n${COPY}`, read)).toThrow("not a header line");
    const header = "URL: https://x\nTitle: t\nLicence: l\nRetrieved: 2026-12-04\n";
    expect(() => parseStoredCopy(`${header}=== current: a ===\n`, read)).toThrow("empty");
  });
});

describe("normaliseText", () => {
  it("drops HTML tags and decodes entities, a block tag leaving a space", () => {
    expect(normaliseText("<p>Use <code>DescribeBackups</code>.</p><p>Then &lt;retry&gt; &amp; wait.</p>")).toBe(
      "Use DescribeBackups. Then <retry> & wait.",
    );
  });

  it("reduces Markdown links, escapes, emphasis and list markers", () => {
    const md =
      "+ Backups *can* be copied \\(US\\-East\\)\\.\n1. See [Managing backups](manage-backups.md)\\.\n**Topics**";
    expect(normaliseText(md)).toBe("Backups can be copied (US-East). See Managing backups. Topics");
  });

  it("reduces reStructuredText roles and literals to their text", () => {
    expect(normaliseText("the :token:`shape name <smithy:Identifier>`. The ``X-Amz-Target`` header")).toBe(
      "the shape name. The X-Amz-Target header",
    );
  });

  it("straightens curly quotes and collapses white space", () => {
    expect(normaliseText("the cluster’s  “state”\n\n  is\tREADY")).toBe(`the cluster's "state" is READY`);
  });
});
