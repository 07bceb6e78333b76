import { BodyChunks, type BodyPiece, type KeptJson, KeptList, keptJson } from "./body-chunks.js";
import { deepFreeze } from "./deep-freeze.js";

/**
 * The JSON body of a reply, with the JSON of sealed records kept between replies. A page of 50 backups or 100 copy
 * jobs costs about 30 µs of JSON.stringify on Node 20 — most of what a listing costs — while the same records change
 * far more seldom than they are listed. A store seals a record (deep-freezes it) when it stores it and replaces it
 * with a new sealed record when it changes, so a record's JSON can be kept for as long as the record lives (in the
 * record itself: a record replaced or deleted takes it along). Records sit at the top of a reply (DescribeCopyJob's
 * `CopyJob`) or in its lists (DescribeBackups' `Backups`), so only those two levels are looked into; everything else
 * is written by JSON.stringify itself. The bytes are byte for byte the UTF-8 of JSON.stringify's (json-body.test.ts).
 */

/**
 * Where a sealed record keeps its JSON: a cell under a symbol key, defined before the record is frozen. Object.keys,
 * spreads, JSON.stringify and structuredClone all leave a symbol-keyed, non-enumerable property out, so a changed copy
 * of a record is a new, unsealed record. A cell on the record, not a table beside it: a page of 50 of 100,000 records
 * took ~24 µs to find its texts in a WeakMap (each lookup a probe into a table far larger than the processor's
 * caches) and ~9 µs through their cells.
 *
 * The text is ~350 bytes for a backup: 35 MiB at 100,000 records listed, kept for as long as the record lives. It is
 * kept as text in V8's heap, which the collector compacts, and not as bytes: a slice of Node's shared buffer pool would
 * hold its whole 8 KiB slab for as long as the record lives (Node's documentation of Buffer.allocUnsafeSlow warns of
 * this), and a buffer of its own per record put the server's RSS at 100,000 backups listed at 206 MiB, against 180–182.
 * Copying the kept bytes into a reply is faster (~5 µs a 100 KB page against ~9 µs for writing its 100 texts), but
 * not worth either.
 */
const JSON_CELL = Symbol("kept-json");

interface JsonCell {
  json: KeptJson | undefined;
}

type Sealed = { readonly [JSON_CELL]?: JsonCell };

/**
 * Deep-freezes a record (its arrays and objects too) and marks it as one whose JSON may be kept. A record sealed
 * before stays as it is; one frozen some other way cannot take a cell, and is refused.
 */
export function sealRecord<T extends object>(record: T): T {
  if (!isSealed(record)) {
    if (!Object.isExtensible(record)) {
      throw new TypeError("sealRecord: the record was frozen without being sealed; seal records before freezing them");
    }
    Object.defineProperty(record, JSON_CELL, { value: { json: undefined } satisfies JsonCell });
  }
  return deepFreeze(record);
}

/** Whether a record was sealed (tests and assertions). */
export const isSealed = (record: object): boolean => Object.hasOwn(record, JSON_CELL);

/** How deep records are looked for: the reply's members (depth 1) and the items of its lists (depth 2). */
const RECORD_DEPTH = 2;

/** Whether a record's JSON is kept where it is written: as a list's item, the deepest level looked into (keepJson). */
const keepsJsonAt = (depth: number): boolean => depth === RECORD_DEPTH;

/**
 * `JSON.stringify(value)`, with the kept JSON of every sealed record among a reply's members and list items: the
 * text itself when no sealed record is in it, else its pieces (BodyChunks), which the Node server writes straight
 * into the reply's buffer.
 */
export function jsonBody(value: unknown): string | BodyChunks {
  if (!usesKeptJson(value, 0)) {
    return JSON.stringify(value) ?? "null"; // one call: member by member was ~2.8% of a StartCopyJob request (profiled)
  }
  const parts: BodyPiece[] = [];
  write(parts, value, 0);
  return new BodyChunks(parts);
}

/** Whether records are looked for inside `value`: above RECORD_DEPTH, unless it writes its JSON itself (toJSON). */
const looksInto = (value: object, depth: number): boolean =>
  depth < RECORD_DEPTH && typeof (value as { toJSON?: unknown }).toJSON !== "function";

/**
 * Whether `write` would write a sealed record's kept JSON in `value`, or keep one (builds nothing): where it looks,
 * in the order it looks. A reply without (a record described before any list kept its JSON) is one JSON.stringify.
 */
function usesKeptJson(value: unknown, depth: number): boolean {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const cell = (value as Sealed)[JSON_CELL];
  if (cell !== undefined) {
    return cell.json !== undefined || keepsJsonAt(depth);
  }
  if (!looksInto(value, depth)) {
    return false;
  }
  if (Array.isArray(value)) {
    return value.some((item) => usesKeptJson(item, depth + 1));
  }
  for (const key in value) {
    if (Object.hasOwn(value, key) && usesKeptJson((value as Record<string, unknown>)[key], depth + 1)) {
      return true;
    }
  }
  return false;
}

/** Appends the JSON of `value` to `parts`; appends nothing where JSON.stringify writes nothing (undefined, a function). */
function write(parts: BodyPiece[], value: unknown, depth: number): void {
  if (typeof value !== "object" || value === null) {
    pushText(parts, JSON.stringify(value));
    return;
  }
  const cell = (value as Sealed)[JSON_CELL];
  if (cell !== undefined) {
    parts.push(keptJsonOf(cell, value, depth) ?? JSON.stringify(value));
  } else if (!looksInto(value, depth)) {
    pushText(parts, JSON.stringify(value));
  } else if (Array.isArray(value)) {
    writeList(parts, value, depth);
  } else {
    writeMembers(parts, value, depth);
  }
}

function pushText(parts: BodyPiece[], text: string | undefined): void {
  if (text !== undefined) {
    parts.push(text);
  }
}

/** A sealed record's JSON where it is written: the JSON it keeps, else kept now if records keep it at `depth`. */
const keptJsonOf = (cell: JsonCell, record: object, depth: number): KeptJson | undefined =>
  cell.json ?? (keepsJsonAt(depth) ? keepJson(cell, record) : undefined);

/**
 * A sealed record's JSON, written the first time a list asks for it. Only list items are kept: a page of them is asked
 * for again and again, while a record written alone (DescribeCopyJob's `CopyJob`) is written once or a few times in
 * its life; kept, its ~650 bytes of a copy job would live as long as the record, a job's CREATED record a second or
 * more, copied by young-generation collections and then in the old generation until a full collection. Measured: a
 * StartCopyJob + DescribeCopyJob left 1,742 bytes in memory with the description's JSON kept, 1,041 without.
 */
function keepJson(cell: JsonCell, record: object): KeptJson {
  cell.json = keptJson(JSON.stringify(record));
  return cell.json;
}

function writeList(parts: BodyPiece[], list: readonly unknown[], depth: number): void {
  const kept = keptItems(list, depth + 1);
  if (kept !== undefined) {
    parts.push(kept);
    return;
  }
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

/**
 * A list's items as one piece (KeptList), when every one of them is a sealed record whose JSON is kept, or is kept
 * here: a page of records, the usual list. Any other list is written item by item.
 */
function keptItems(list: readonly unknown[], depth: number): KeptList | undefined {
  const items: KeptJson[] = [];
  for (const item of list) {
    const cell = typeof item === "object" && item !== null ? (item as Sealed)[JSON_CELL] : undefined;
    const kept = cell && keptJsonOf(cell, item as object, depth);
    if (kept === undefined) {
      return undefined;
    }
    items.push(kept);
  }
  return new KeptList(items);
}

function writeMembers(parts: BodyPiece[], record: object, depth: number): void {
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
