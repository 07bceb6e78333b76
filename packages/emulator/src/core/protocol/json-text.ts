/**
 * The JSON text of a reply, with the text of sealed records kept between replies. A page of 50 backups or 100 copy
 * jobs costs about 30 µs of JSON.stringify on Node 20 — most of what a listing costs — while the same records change
 * far more seldom than they are listed. A store seals a record (deep-freezes it) when it stores it and replaces it
 * with a new sealed record when it changes, so a record's text can be kept for as long as the record lives (a
 * WeakMap: a record replaced or deleted takes its text with it). Records sit at the top of a reply (DescribeCopyJob's
 * `CopyJob`) or in its lists (DescribeBackups' `Backups`), so only those two levels are looked into; everything else
 * is written by JSON.stringify itself. The output is byte for byte JSON.stringify's (json-text.test.ts).
 */
/**
 * Sealed records and their texts, in one table (a record is sealed when it is a key; its text, null until first
 * written, is ~350 bytes: 35 MiB at 100,000 records listed). Kept for as long as the record lives: a bounded table
 * made the pages of a large store miss it again and again.
 */
const texts = new WeakMap<object, string | null>();

/** Deep-freezes a record (its arrays and objects too) and marks it as one whose JSON text may be kept. */
export function sealRecord<T extends object>(record: T): T {
  deepFreeze(record);
  texts.set(record, null);
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

/** Whether a record was sealed (tests and assertions). */
export const isSealed = (record: object): boolean => texts.has(record);

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
  const kept = texts.get(value);
  if (kept !== undefined) {
    if (kept !== null) {
      return kept;
    }
    const text = JSON.stringify(value);
    texts.set(value, text);
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
