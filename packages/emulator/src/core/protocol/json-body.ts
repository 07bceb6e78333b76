import { BodyChunks } from "./body-chunks.js";

/**
 * The JSON body of a reply, with the bytes of sealed records kept between replies. A page of 50 backups or 100 copy
 * jobs costs about 30 µs of JSON.stringify on Node 20 — most of what a listing costs — while the same records change
 * far more seldom than they are listed. A store seals a record (deep-freezes it) when it stores it and replaces it
 * with a new sealed record when it changes, so a record's JSON can be kept for as long as the record lives (in the
 * record itself: a record replaced or deleted takes it along). Records sit at the top of a reply (DescribeCopyJob's
 * `CopyJob`) or in its lists (DescribeBackups' `Backups`), so only those two levels are looked into; everything else
 * is written by JSON.stringify itself. The bytes are byte for byte JSON.stringify's, in UTF-8 (json-body.test.ts).
 */

/**
 * Where a sealed record keeps its JSON: a cell under a symbol key, defined before the record is frozen. Object.keys,
 * spreads, JSON.stringify and structuredClone all leave a symbol-keyed, non-enumerable property out, so a changed copy
 * of a record is a new, unsealed record. A cell on the record, not a table beside it: a page of 50 of 100,000 records
 * took ~24 µs to find its texts in a WeakMap (each lookup a probe into a table far larger than the processor's
 * caches) and ~9 µs through their cells.
 *
 * The cell keeps UTF-8 bytes, not text, undefined until first written: a reply is bytes in the end, and copying a
 * page's kept bytes into the reply's buffer costs about half what encoding its text does (README, Performance). A
 * backup's ~350 bytes come from Node's shared buffer pool, as its text came from V8's heap: the server's RSS at
 * 100,000 backups listed is the same either way.
 */
const BYTES = Symbol("json-bytes");

interface BytesCell {
  bytes: Uint8Array | undefined;
}

type Sealed = { readonly [BYTES]?: BytesCell };

/**
 * Deep-freezes a record (its arrays and objects too) and marks it as one whose JSON may be kept. A record sealed
 * before stays as it is; one frozen some other way cannot take a cell, and is refused.
 */
export function sealRecord<T extends object>(record: T): T {
  if (!isSealed(record)) {
    if (!Object.isExtensible(record)) {
      throw new TypeError("sealRecord: the record was frozen without being sealed; seal records before freezing them");
    }
    Object.defineProperty(record, BYTES, { value: { bytes: undefined } satisfies BytesCell });
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
export const isSealed = (record: object): boolean => Object.hasOwn(record, BYTES);

/** How deep records are looked for: the reply's members (depth 1) and the items of its lists (depth 2). */
const RECORD_DEPTH = 2;

/**
 * `JSON.stringify(value)`, with the kept bytes of every sealed record among a reply's members and list items: the
 * text itself when no sealed record is in it, else its pieces (BodyChunks), which the Node server writes straight
 * into the reply's buffer.
 */
export function jsonBody(value: unknown): string | BodyChunks {
  const parts: Part[] = [];
  write(parts, value, 0);
  if (parts.length === 0) {
    return "null";
  }
  return parts.some((part) => typeof part !== "string") ? new BodyChunks(parts) : parts.join("");
}

/** A piece of the body: text, or a sealed record's kept bytes. */
type Part = string | Uint8Array;

/** Appends the JSON of `value` to `parts`; appends nothing where JSON.stringify writes nothing (undefined, a function). */
function write(parts: Part[], value: unknown, depth: number): void {
  if (typeof value !== "object" || value === null) {
    pushText(parts, JSON.stringify(value));
    return;
  }
  const cell = (value as Sealed)[BYTES];
  if (cell !== undefined) {
    parts.push(cell.bytes ?? keepBytes(cell, value));
  } else if (depth === RECORD_DEPTH || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    pushText(parts, JSON.stringify(value));
  } else if (Array.isArray(value)) {
    writeList(parts, value, depth);
  } else {
    writeMembers(parts, value, depth);
  }
}

function pushText(parts: Part[], text: string | undefined): void {
  if (text !== undefined) {
    parts.push(text);
  }
}

/** A sealed record's bytes, written the first time they are asked for. */
function keepBytes(cell: BytesCell, record: object): Uint8Array {
  cell.bytes = Buffer.from(JSON.stringify(record), "utf8");
  return cell.bytes;
}

function writeList(parts: Part[], list: readonly unknown[], depth: number): void {
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

function writeMembers(parts: Part[], record: object, depth: number): void {
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
