import type { Citation } from "./types.js";

/** One section of a stored copy: the text of one version of the source, with where it came from. */
export interface StoredSection {
  kind: Citation["kind"];
  origin: string;
  text: string;
}

/** A stored copy of a cited source (a file in `conformance/sources/`): header fields and one or more sections. */
export interface StoredCopy {
  url: string;
  title: string;
  licence: string;
  retrieved: string;
  sections: StoredSection[];
}

const SECTION = /^=== (current|earlier|observed): (.+) ===$/;
const FIELD = /^(URL|Title|Licence|Retrieved|Note): (.+)$/;
const STORED_AT = /^Stored at: (\S+)$/;

/**
 * Reads a stored copy: `Field: value` header lines, then sections opened by `=== <kind>: <origin> ===`. A section
 * whose only line is `Stored at: <path>` holds the repository file at that path (read with `readFile`).
 */
export function parseStoredCopy(text: string, readFile: (path: string) => string): StoredCopy {
  const lines = text.split("\n");
  const fields = new Map<string, string>();
  const sections: StoredSection[] = [];
  let open: { kind: Citation["kind"]; origin: string; lines: string[] } | undefined;
  const close = () => {
    if (open) {
      const body = open.lines.join("\n").trim();
      const pointer = STORED_AT.exec(body);
      sections.push({ kind: open.kind, origin: open.origin, text: pointer?.[1] ? readFile(pointer[1]) : body });
    }
  };
  for (const line of lines) {
    const section = SECTION.exec(line);
    if (section) {
      close();
      open = { kind: section[1] as Citation["kind"], origin: section[2] ?? "", lines: [] };
    } else if (open) {
      open.lines.push(line);
    } else {
      const field = FIELD.exec(line);
      if (field?.[1] && field[2] && field[1] !== "Note") {
        fields.set(field[1], field[2]);
      } else if (!field && line.trim() !== "") {
        throw new Error(`not a header line: ${line}`);
      }
    }
  }
  close();
  const get = (name: string) => {
    const value = fields.get(name);
    if (!value) {
      throw new Error(`no ${name}: line`);
    }
    return value;
  };
  const header = { url: get("URL"), title: get("Title"), licence: get("Licence"), retrieved: get("Retrieved") };
  if (sections.length === 0 || sections.some((s) => s.text === "")) {
    throw new Error("no section of text, or an empty one");
  }
  return { ...header, sections };
}

const BLOCK_TAG = /<\/?(?:p|li|ul|ol|br|div|important|note|h\d)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

/**
 * The text a quote is compared in, applied alike to a stored copy and to a quote: HTML tags dropped (block tags
 * become a space) and entities decoded; Markdown links reduced to their text; reStructuredText roles
 * (:ref:`text <target>`) to their text; Markdown escapes (`\-`) undone; `*` and backticks dropped; curly quotes
 * made straight; list markers at the start of a line (-, +, •, 1., #.) and heading marks dropped; white space
 * collapsed to single spaces.
 */
export function normaliseText(text: string): string {
  return text
    .replace(BLOCK_TAG, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(?:lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/&amp;/g, "&")
    .replace(/\[([^\]]*)\]\([^)\s]*\)/g, "$1")
    .replace(/:[a-z]+:`\s*([^`]*?)\s*`/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>:])/g, "$1")
    .replace(/[*`]/g, "")
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/^[ \t]*(?:[-+•]|#\.|\d+\.|#+)(?=[ \t]|$)/gm, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether `quote` stands in one section of `copy` of the given kind, after normalising both. */
export function quotedIn(copy: StoredCopy, quote: string, kind: Citation["kind"]): boolean {
  const wanted = normaliseText(quote);
  return copy.sections.some((s) => s.kind === kind && normaliseText(s.text).includes(wanted));
}
