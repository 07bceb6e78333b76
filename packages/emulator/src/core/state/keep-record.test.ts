import { describe, expect, it } from "vitest";
import { sharingFirstHiddenClass } from "../../../test/hidden-class.js";
import { keepRecord } from "./keep-record.js";
import { createStringTable } from "./string-table.js";

const repeated = new Set(["ClusterId", "Key"]);

/** A record with a nested list, a member no schema names, and members in an order of their own. */
const record = () => ({
  NeverExpires: false,
  BackupId: "backup-abcdefghijk",
  ClusterId: "cluster-abcdefghijk",
  TagList: [{ Key: "team", Value: "hsm" }],
  Extra: { nested: [1, "two", null] },
  CreateTimestamp: 1.5,
});

describe("keepRecord", () => {
  it("copies a record member for member, in order, unknown members too, detached from the original", () => {
    const original = record();
    const copy = keepRecord(original, "copies", repeated, createStringTable());
    expect(copy).not.toBe(original);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(original));
    expect(copy).toStrictEqual(original);
    copy.TagList[0] = { Key: "changed", Value: "changed" };
    copy.Extra.nested.push(4);
    expect(original).toStrictEqual(record());
  });

  it("keeps the record itself when the document was handed over, and a frozen one untouched", () => {
    const original = record();
    const kept = keepRecord(original, "records", repeated, createStringTable());
    expect(kept).toBe(original);
    expect(kept.TagList).toBe(original.TagList);
    expect(kept).toStrictEqual(record());
    const frozen = Object.freeze(record());
    expect(keepRecord(frozen, "records", repeated, createStringTable())).toBe(frozen);
  });

  it("gives copies of records of one shape one hidden class, with their members replaced", () => {
    // Records parsed as a state document is, a member's numbers whole in some and fractional in others (timestamps
    // with milliseconds): V8 widens the member's representation as it parses. Their copies get a nested copy and the
    // table's strings.
    const point = (i: number) => ({
      ...Object.fromEntries(Array.from({ length: 12 }, (_, m) => [`Member${m}`, `value ${m} of ${i}`])),
      ClusterId: `cluster-${i % 2}`,
      CreationDate: i % 3 === 0 ? 1796472968 : 1796472968.125,
      Extra: {},
      IsEncrypted: true,
    });
    const text = JSON.stringify(Array.from({ length: 12 }, (_, i) => point(i)));
    const parsed: ReturnType<typeof point>[] = JSON.parse(text);
    const strings = createStringTable();
    const copies = parsed.map((r) => keepRecord(r, "copies", repeated, strings));
    expect(sharingFirstHiddenClass(copies)).toBe(12);
  });
});
