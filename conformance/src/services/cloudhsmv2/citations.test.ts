import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normaliseText, parseStoredCopy, quotedIn, type StoredCopy } from "../../registry/stored-copy.js";
import type { Citation } from "../../registry/types.js";
import { REGISTRY } from "../index.js";
import { C } from "./citations.js";

const REPO = new URL("../../../../", import.meta.url);
const SOURCES = new URL("conformance/sources/", REPO);
const readRepoFile = (path: string) => readFileSync(new URL(path, REPO), "utf8");

/** Every stored copy, by the URL it is a copy of. */
function loadCopies(): Map<string, { file: string; copy: StoredCopy }> {
  const copies = new Map<string, { file: string; copy: StoredCopy }>();
  for (const file of readdirSync(SOURCES).filter((f) => f.endsWith(".txt"))) {
    const copy = parseStoredCopy(readFileSync(new URL(file, SOURCES), "utf8"), readRepoFile);
    const twin = copies.get(copy.url);
    if (twin) {
      throw new Error(`${file} and ${twin.file} are both copies of ${copy.url}`);
    }
    copies.set(copy.url, { file, copy });
  }
  return copies;
}

const COPIES = loadCopies();

/** Every citation of every check, and every shared citation, each once, with where it is used. */
const CITED = new Map<Citation, string>([
  ...Object.entries(C).map(([key, c]): [Citation, string] => [c, `C.${key}`]),
  ...REGISTRY.checks.flatMap((check) => check.citations.map((c): [Citation, string] => [c, check.id])),
]);

describe("the stored copies in conformance/sources", () => {
  it("each give the URL, title, date retrieved and licence of one source", () => {
    expect(COPIES.size).toBeGreaterThan(0);
    for (const { file, copy } of COPIES.values()) {
      expect(copy.url, file).toMatch(/^https:\/\/\S+$/);
      expect(copy.retrieved, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(copy.licence.length, file).toBeGreaterThan(10);
      for (const section of copy.sections) {
        expect(section.origin.length, `${file}: every section says where its text came from`).toBeGreaterThan(20);
      }
    }
  });

  it("are each the copy of a cited URL", () => {
    const cited = new Set([...CITED.keys()].map((c) => c.url));
    for (const { file, copy } of COPIES.values()) {
      expect(cited.has(copy.url), `${file} is cited by no citation`).toBe(true);
    }
  });
});

describe("every citation", () => {
  it("has a stored copy of its URL", () => {
    for (const [citation, where] of CITED) {
      expect(COPIES.has(citation.url), `${where}: no stored copy of ${citation.url}`).toBe(true);
    }
  });

  it("quotes one passage word for word from a text of its kind in the stored copy", () => {
    const unfound: string[] = [];
    for (const [citation, where] of CITED) {
      const stored = COPIES.get(citation.url);
      if (
        stored &&
        (normaliseText(citation.quote).length < 20 || !quotedIn(stored.copy, citation.quote, citation.kind))
      ) {
        unfound.push(
          `${where}: not in the ${citation.kind} text of conformance/sources/${stored.file}: ${citation.quote}`,
        );
      }
    }
    expect(unfound).toEqual([]);
  });

  it("explains an observation in a note", () => {
    for (const [citation, where] of CITED) {
      expect(citation.kind !== "observed" || (citation.note ?? "").length > 20, where).toBe(true);
    }
  });
});
