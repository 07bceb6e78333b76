import type { KeepRecords } from "./handed-over.js";
import type { StringTable } from "./string-table.js";

/**
 * A record of a state document (plain JSON: objects, arrays, strings, numbers, booleans) as the store keeps it: a
 * detached copy (`copies`), or the record itself when the document was handed over (`records`, ./handed-over.ts).
 * Either way the string values of the `repeated` members, at any depth (`Key` of a tag in a `TagList`), are the load's
 * one copy of each (./string-table.ts). Every member is kept in its order, known to the schema or not: an export gives
 * back what was imported. A frozen (sealed) record kept as itself is a store's own, already in its final form: it is
 * taken as it is (putting a previous state back after a failed load).
 *
 * A copy is made with Object.assign, member by member, so that copies of records of one shape share V8's hidden class
 * (map). A spread copy did not, for records whose members V8 had widened while parsing (a timestamp whole in one
 * record, fractional in the next): replacing a member (a nested copy, the table's string) then gave most copies a
 * hidden class and descriptor array of their own, ~430 bytes a record (40,000 AWS Backup records: 17 MiB).
 */
export function keepRecord<T>(record: T, keep: KeepRecords, repeated: ReadonlySet<string>, strings: StringTable): T {
  const walk = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null || (keep === "records" && Object.isFrozen(value))) {
      return value;
    }
    if (Array.isArray(value)) {
      return keep === "copies" ? value.map(walk) : replaceItems(value, walk);
    }
    const kept: Record<string, unknown> =
      keep === "copies" ? Object.assign({}, value as Record<string, unknown>) : (value as Record<string, unknown>);
    for (const key in kept) {
      const member = kept[key];
      if (typeof member === "object" && member !== null) {
        kept[key] = walk(member);
      } else if (typeof member === "string" && repeated.has(key)) {
        kept[key] = strings(member);
      }
    }
    return kept;
  };
  return walk(record) as T;
}

function replaceItems(items: unknown[], walk: (value: unknown) => unknown): unknown[] {
  for (let i = 0; i < items.length; i++) {
    items[i] = walk(items[i]);
  }
  return items;
}
