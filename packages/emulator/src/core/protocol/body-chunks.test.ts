import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BodyChunks, type BodyPiece, KeptList, keptJson } from "./body-chunks.js";

/**
 * Pieces as a reply holds them: text of any kind (single characters too, ASCII or not), records' kept JSON, and lists
 * of it (empty ones too).
 */
const kept = fc.string({ unit: "binary", maxLength: 40 }).map(keptJson);
const pieces = fc.array(
  fc.oneof(
    fc.string({ unit: "binary", maxLength: 1 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    kept,
    fc.array(kept, { maxLength: 5 }).map((items) => new KeptList(items)),
  ),
  { maxLength: 30 },
);

const textOf = (chunk: BodyPiece): string =>
  typeof chunk === "string"
    ? chunk
    : chunk instanceof KeptList
      ? `[${chunk.items.map((item) => item.text).join(",")}]`
      : chunk.text;

const expectedBytes = (chunks: readonly BodyPiece[]): Buffer =>
  Buffer.concat(chunks.map((chunk) => Buffer.from(textOf(chunk), "utf8")));

describe("BodyChunks", () => {
  it("counts and writes exactly the UTF-8 bytes of its pieces in order", () => {
    fc.assert(
      fc.property(pieces, (chunks) => {
        const body = new BodyChunks(chunks);
        const expected = expectedBytes(chunks);
        expect(body.byteLength).toBe(expected.byteLength);
        expect(body.toBytes().equals(expected)).toBe(true);
        expect(String(body)).toBe(expected.toString("utf8"));
      }),
      { numRuns: 300 },
    );
  });

  it("writes into a buffer from where it is told, touching nothing before or after", () => {
    const list = new KeptList([keptJson('{"k":"é"}'), keptJson("2")]);
    const body = new BodyChunks([
      "{",
      '"Backups"',
      ":",
      "[",
      keptJson('{"k":"é"}'),
      ",",
      "é",
      "]",
      ",",
      '"L"',
      ":",
      list,
      "}",
    ]);
    const target = Buffer.alloc(body.byteLength + 6, "-");
    expect(body.writeInto(target, 3)).toBe(3 + body.byteLength);
    expect(target.toString("utf8")).toBe('---{"Backups":[{"k":"é"},é],"L":[{"k":"é"},2]}---');
  });
});
