import { describe, expect, it } from "vitest";
import { quoted } from "./markdown.js";

describe("quoted", () => {
  const url = "https://docs.example/page";

  it("puts a current document's passage in quotation marks", () => {
    expect(quoted({ url, quote: "Restores a backup.", kind: "current" })).toBe("“Restores a backup.”");
  });

  it("marks a passage found only in an earlier version of a document", () => {
    expect(quoted({ url, quote: "A backup must be READY.", kind: "earlier" })).toBe(
      "earlier version: “A backup must be READY.”",
    );
  });

  it("marks an observation and adds what it shows", () => {
    expect(
      quoted({ url, quote: '"TagList": []', kind: "observed", note: "untagged backups" }, (t) => t.toUpperCase()),
    ).toBe('observed: “"TAGLIST": []” (UNTAGGED BACKUPS)');
  });
});
