/**
 * The JSON text of a reply, with the text of sealed records kept between replies. A page of 50 backups or 100 copy
 * jobs costs about 30 µs of JSON.stringify on Node 20 — most of what a listing costs — while the same records change
 * far more seldom than they are listed. A store seals a record (deep-freezes it) when it stores it and replaces it
 * with a new sealed record when it changes, so a record's text can be kept for as long as the record lives (in the
 * record itself: a record replaced or deleted takes its text with it). Records sit at the top of a reply (DescribeCopyJob's
 * `CopyJob`) or in its lists (DescribeBackups' `Backups`), so only those two levels are looked into; everything else
 * is written by JSON.stringify itself. The output is byte for byte JSON.stringify's (json-text.test.ts).
 */

/**
 * Where a sealed record keeps its text: a cell under a symbol key, defined before the record is frozen. Object.keys,
 * spreads, JSON.stringify and structuredClone all leave a symbol-keyed, non-enumerable property out, so a changed copy
 * of a record is a new, unsealed record. The text, undefined until first written, is ~350 bytes: 35 MiB at 100,000
 * records listed, kept for as long as the record lives. A cell on the record, not a table beside it: a page of 50 of
 * 100,000 records took ~24 µs to find its texts in a WeakMap (each lookup a probe into a table far larger than the
 * processor's caches) and ~9 µs through their cells.
 */
const TEXT = Symbol("json-text");

interface TextCell {
  text: string | undefined;
}

type Sealed = { readonly [TEXT]?: TextCell };

/**
 * Deep-freezes a record (its arrays and objects too) and marks it as one whose JSON text may be kept. A record sealed
 * before stays as it is; one frozen some other way cannot take a cell, and is refused.
 */
export function sealRecord<T extends object>(record: T): T {
  if (!isSealed(record)) {
    if (!Object.isExtensible(record)) {
      throw new TypeError("sealRecord: the record was frozen without being sealed; seal records before freezing them");
    }
    Object.defineProperty(record, TEXT, { value: { text: undefined } satisfies TextCell });
  }
  deepFreeze(record);
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
export const isSealed = (record: object): boolean => Object.hasOwn(record, TEXT);

/** How deep records are looked for: the reply's members (depth 1) and the items of its lists (depth 2). */
const RECORD_DEPTH = 2;

/**
 * `JSON.stringify(value)`, with the kept text of every sealed record among a reply's members and list items.
 *
 * The text is written as parts joined once, so it comes out flat: texts joined with `+` or template literals make a
 * rope (a V8 ConsString), which V8 first copies into a new flat string when the Node server writes it into a reply
 * buffer (../../node/reply-buffers.ts). A ListCopyJobs page of 100 KB, built and written, took ~105 µs as a rope and
 * takes ~80 µs flat.
 */
export function jsonText(value: unknown): string {
  const parts: string[] = [];
  write(parts, value, 0);
  return parts.length === 0 ? "null" : parts.join("");
}

/** Appends the text of `value` to `parts`; appends nothing where JSON.stringify writes nothing (undefined, a function). */
function write(parts: string[], value: unknown, depth: number): void {
  if (typeof value !== "object" || value === null) {
    pushText(parts, JSON.stringify(value));
    return;
  }
  const cell = (value as Sealed)[TEXT];
  if (cell !== undefined) {
    parts.push(cell.text ?? keepText(cell, value));
  } else if (depth === RECORD_DEPTH || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    pushText(parts, JSON.stringify(value));
  } else if (Array.isArray(value)) {
    writeList(parts, value, depth);
  } else {
    writeMembers(parts, value, depth);
  }
}

function pushText(parts: string[], text: string | undefined): void {
  if (text !== undefined) {
    parts.push(text);
  }
}

/** A sealed record's text, written the first time it is asked for. */
function keepText(cell: TextCell, record: object): string {
  cell.text = JSON.stringify(record);
  return cell.text;
}

function writeList(parts: string[], list: readonly unknown[], depth: number): void {
  parts.push("[");
  for (let i = 0; i < list.length; i++) {
    if (i > 0) {
      parts.push(",");
    }
    const before = parts.length;
    write(parts, list[i], depth + 1);
    if (parts.length === before) {
      parts.push("null"); // as JSON.stringify writes an item it leaves out
    }
  }
  parts.push("]");
}

function writeMembers(parts: string[], record: object, depth: number): void {
  parts.push("{");
  const firstMemberAt = parts.length;
  for (const [key, member] of Object.entries(record)) {
    const before = parts.length;
    if (before > firstMemberAt) {
      parts.push(",");
    }
    parts.push(JSON.stringify(key), ":");
    const valueAt = parts.length;
    write(parts, member, depth + 1);
    if (parts.length === valueAt) {
      parts.length = before; // a member JSON.stringify leaves out
    }
  }
  parts.push("}");
}
