import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BodyChunks, type KeptJson, KeptList } from "./body-chunks.js";
import { isSealed, jsonBody, sealRecord } from "./json-body.js";

/**
 * JSON-like values as outputs hold them: members that may be undefined, numbers of every kind, nested records, text
 * in ASCII and beyond it (lone surrogates too), so that every byte count and every encoding is checked.
 */
const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    tie("array"),
    tie("object"),
  ),
  array: fc.array(tie("value"), { maxLength: 5 }),
  object: fc.dictionary(fc.string({ unit: "binary" }), tie("value"), { maxKeys: 6 }),
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

/** A body's bytes, as the Node server sends them. */
const bytesOf = (body: string | BodyChunks): Buffer =>
  typeof body === "string" ? Buffer.from(body, "utf8") : body.toBytes();

/** The kept JSON a body writes, in order: pieces of their own and the items of kept lists. */
const keptIn = (body: string | BodyChunks): KeptJson[] =>
  body instanceof BodyChunks
    ? body.chunks.flatMap((chunk) =>
        typeof chunk === "string" ? [] : chunk instanceof KeptList ? chunk.items : [chunk],
      )
    : [];

describe("jsonBody", () => {
  it("writes exactly the UTF-8 of what JSON.stringify writes, sealed records or not, and again from kept JSON", () => {
    fc.assert(
      fc.property(fc.oneof(values.object, values.array), fc.infiniteStream(fc.boolean()), (value, picks) => {
        const expected = JSON.stringify(value);
        const next = picks[Symbol.iterator]();
        sealSome(value, () => next.next().value === true);
        expect(bytesOf(jsonBody(value)).equals(Buffer.from(expected, "utf8"))).toBe(true);
        expect(String(jsonBody(value))).toBe(expected);
      }),
    );
  });

  it("gives text when no sealed record is in the reply, and pieces holding the record's kept JSON when one is", () => {
    expect(jsonBody({ Backups: [{ BackupId: "backup-1" }], NextToken: "t" })).toBe(
      '{"Backups":[{"BackupId":"backup-1"}],"NextToken":"t"}',
    );
    const record = sealRecord({ BackupId: "backup-1", TagList: [{ Key: "clé", Value: "🔐" }] });
    const body = jsonBody({ Backups: [record] });
    expect(body).toBeInstanceOf(BodyChunks);
    const [kept] = keptIn(body);
    expect(kept).toEqual({ text: JSON.stringify(record), byteLength: Buffer.byteLength(JSON.stringify(record)) });
    expect((jsonBody({ CopyJob: record }) as BodyChunks).chunks).toContain(kept);
  });

  it("writes a list of sealed records as one piece, and a list with anything else in it item by item", () => {
    const records = [sealRecord({ BackupId: "backup-1" }), sealRecord({ BackupId: "backup-2" })];
    const pieces = (jsonBody({ Backups: records }) as BodyChunks).chunks;
    expect(pieces.filter((piece) => piece instanceof KeptList)).toHaveLength(1);
    const mixed = { Backups: [...records, { BackupId: "backup-3" }] };
    const body = jsonBody(mixed) as BodyChunks;
    expect(body.chunks.some((piece) => piece instanceof KeptList)).toBe(false);
    expect(keptIn(body)).toHaveLength(2);
    expect(body.toBytes().toString("utf8")).toBe(JSON.stringify(mixed));
    expect(String(jsonBody({ Backups: [] }))).toBe('{"Backups":[]}');
  });

  it("gives text when sealed records are only deeper than lists' items, or under a member written by its toJSON", () => {
    const record = sealRecord({ BackupId: "backup-1" });
    const deep = { Page: { Backups: [record] } };
    expect(jsonBody(deep)).toBe(JSON.stringify(deep));
    const custom = { Listing: { toJSON: () => ({ record }), record } };
    expect(jsonBody(custom)).toBe(JSON.stringify(custom));
    expect(jsonBody({ Listing: { record } })).toBeInstanceOf(BodyChunks);
    expect(jsonBody(undefined)).toBe("null");
  });

  it("keeps a sealed record's JSON, and a replacement record has its own", () => {
    const record = sealRecord({ BackupId: "backup-1", TagList: [{ Key: "k", Value: "v" }] });
    expect(String(jsonBody({ Backups: [record] }))).toBe(
      '{"Backups":[{"BackupId":"backup-1","TagList":[{"Key":"k","Value":"v"}]}]}',
    );
    const replaced = sealRecord({ ...record, TagList: [] });
    expect(String(jsonBody({ Backups: [replaced, record] }))).toBe(
      '{"Backups":[{"BackupId":"backup-1","TagList":[]},{"BackupId":"backup-1","TagList":[{"Key":"k","Value":"v"}]}]}',
    );
  });

  it("keeps the JSON of records written in lists, not of one written alone until a list has kept it", () => {
    const record = sealRecord({ CopyJobId: "job-1", State: "CREATED" });
    // alone and never listed: one JSON.stringify of the reply, its JSON not kept
    expect(jsonBody({ CopyJob: record })).toBe('{"CopyJob":{"CopyJobId":"job-1","State":"CREATED"}}');
    const listed = keptIn(jsonBody({ CopyJobs: [record] }));
    expect(listed).toHaveLength(1);
    expect(keptIn(jsonBody({ CopyJob: record }))).toEqual(listed);
  });

  it("seals deeply: a sealed record and what it holds cannot change under its kept JSON", () => {
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

  it("keeps the JSON out of sight: keys, spreads, clones and JSON.stringify do not see it", () => {
    const record = sealRecord({ BackupId: "backup-1", TagList: [] as { Key: string }[] });
    jsonBody({ Backups: [record] });
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
