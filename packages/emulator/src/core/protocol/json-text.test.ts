import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSealed, jsonText, sealRecord } from "./json-text.js";

/** JSON-like values as outputs hold them: members that may be undefined, numbers of every kind, nested records. */
const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    tie("array"),
    tie("object"),
  ),
  array: fc.array(tie("value"), { maxLength: 5 }),
  object: fc.dictionary(fc.string(), tie("value"), { maxKeys: 6 }),
}));

/** Seals some of the objects in a value (in place), as a store seals the records a reply lists. */
function sealSome(value: unknown, pick: () => boolean): void {
  if (typeof value !== "object" || value === null) {
    return;
  }
  for (const member of Object.values(value)) {
    sealSome(member, pick);
  }
  if (!Array.isArray(value) && !Object.isFrozen(value) && pick()) {
    sealRecord(value);
  }
}

describe("jsonText", () => {
  it("writes exactly what JSON.stringify writes, sealed records or not, and again from kept texts", () => {
    fc.assert(
      fc.property(fc.oneof(values.object, values.array), fc.infiniteStream(fc.boolean()), (value, picks) => {
        const expected = JSON.stringify(value);
        const next = picks[Symbol.iterator]();
        sealSome(value, () => next.next().value === true);
        expect(jsonText(value)).toBe(expected);
        expect(jsonText(value)).toBe(expected);
      }),
    );
  });

  it("keeps a sealed record's text, and a replacement record has its own", () => {
    const record = sealRecord({ BackupId: "backup-1", TagList: [{ Key: "k", Value: "v" }] });
    expect(jsonText({ Backups: [record] })).toBe(
      '{"Backups":[{"BackupId":"backup-1","TagList":[{"Key":"k","Value":"v"}]}]}',
    );
    const replaced = sealRecord({ ...record, TagList: [] });
    expect(jsonText({ Backups: [replaced, record] })).toBe(
      '{"Backups":[{"BackupId":"backup-1","TagList":[]},{"BackupId":"backup-1","TagList":[{"Key":"k","Value":"v"}]}]}',
    );
  });

  it("seals deeply: a sealed record and what it holds cannot change under its kept text", () => {
    const record = sealRecord({ State: "READY", TagList: [{ Key: "k", Value: "v" }] });
    expect(isSealed(record)).toBe(true);
    expect(() => {
      (record as { State: string }).State = "DELETED";
    }).toThrow(TypeError);
    expect(() => record.TagList.push({ Key: "x", Value: "y" })).toThrow(TypeError);
    expect(() => {
      (record.TagList[0] as { Value: string }).Value = "w";
    }).toThrow(TypeError);
  });

  it("keeps the text out of sight: keys, spreads, clones and JSON.stringify do not see it", () => {
    const record = sealRecord({ BackupId: "backup-1", TagList: [] as { Key: string }[] });
    jsonText({ Backups: [record] });
    expect(Object.keys(record)).toEqual(["BackupId", "TagList"]);
    expect(JSON.stringify(record)).toBe('{"BackupId":"backup-1","TagList":[]}');
    expect(isSealed({ ...record })).toBe(false);
    expect(isSealed(structuredClone(record))).toBe(false);
    expect(sealRecord(record)).toBe(record);
  });

  it("refuses a record frozen without being sealed, naming why", () => {
    expect(() => sealRecord(Object.freeze({ BackupId: "backup-1" }))).toThrow(/frozen without being sealed/);
  });
});
