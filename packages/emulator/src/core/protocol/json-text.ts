/**
 * The JSON text of a reply, with the text of sealed records kept between replies. A page of 50 backups or 100 copy
 * jobs costs about 30 µs of JSON.stringify on Node 20 — most of what a listing costs — while the same records change
 * far more seldom than they are listed. A store seals a record (deep-freezes it) when it stores it and replaces it
 * with a new sealed record when it changes, so a record's text can be kept for as long as the record lives (a
 * WeakMap: a record replaced or deleted takes its text with it). Records sit at the top of a reply (DescribeCopyJob's
 * `CopyJob`) or in its lists (DescribeBackups' `Backups`), so only those two levels are looked into; everything else
 * is written by JSON.stringify itself. The output is byte for byte JSON.stringify's (json-text.test.ts).
 */
const sealed = new WeakSet<object>();
/** Kept texts, at most about KEPT_TEXTS of them: after that many, a fresh table (the old one goes with its texts), so
 * that listing 100,000 records once does not keep 100,000 texts (~30 MiB) for as long as they live. */
let texts = new WeakMap<object, string>();
let textsKept = 0;
const KEPT_TEXTS = 20_000;

/** Deep-freezes a record (its arrays and objects too) and marks it as one whose JSON text may be kept. */
export function sealRecord<T extends object>(record: T): T {
  deepFreeze(record);
  sealed.add(record);
  return record;
}

function deepFreeze(value: object): void {
  for (const member of Object.values(value)) {
    if (typeof member === "object" && member !== null && !Object.isFrozen(member)) {
      deepFreeze(member);
    }
  }
  Object.freeze(value);
}

/** Whether a record was sealed (tests and assertions; the serializer asks `texts` and `sealed` itself). */
export const isSealed = (record: object): boolean => sealed.has(record);

/** How deep records are looked for: the reply's members (depth 1) and the items of its lists (depth 2). */
const RECORD_DEPTH = 2;

/** `JSON.stringify(value)`, with the kept text of every sealed record among a reply's members and list items. */
export function jsonText(value: unknown): string {
  return write(value, 0) ?? "null";
}

function write(value: unknown, depth: number): string | undefined {
  if (typeof value !== "object" || value === null) {
    return JSON.stringify(value);
  }
  if (sealed.has(value)) {
    let text = texts.get(value);
    if (text === undefined) {
      text = JSON.stringify(value);
      if (++textsKept > KEPT_TEXTS) {
        texts = new WeakMap();
        textsKept = 1;
      }
      texts.set(value, text);
    }
    return text;
  }
  if (depth === RECORD_DEPTH || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => write(item, depth + 1) ?? "null").join(",")}]`;
  }
  const members: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    const text = write(member, depth + 1);
    if (text !== undefined) {
      members.push(`${JSON.stringify(key)}:${text}`);
    }
  }
  return `{${members.join(",")}}`;
}
