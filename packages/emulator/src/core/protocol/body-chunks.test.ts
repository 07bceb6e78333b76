import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BodyChunks, type KeptJson, keptJson } from "./body-chunks.js";

/** Pieces as a reply holds them: text of any kind (single characters too, ASCII or not) and records' kept JSON. */
const pieces = fc.array(
  fc.oneof(
    fc.string({ unit: "binary", maxLength: 1 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }).map(keptJson),
  ),
  { maxLength: 30 },
);

const expectedBytes = (chunks: readonly (string | KeptJson)[]): Buffer =>
  Buffer.concat(chunks.map((chunk) => Buffer.from(typeof chunk === "string" ? chunk : chunk.text, "utf8")));

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
    const body = new BodyChunks(["{", '"Backups"', ":", "[", keptJson('{"k":"é"}'), ",", "é", "]", "}"]);
    const target = Buffer.alloc(body.byteLength + 6, "-");
    expect(body.writeInto(target, 3)).toBe(3 + body.byteLength);
    expect(target.toString("utf8")).toBe('---{"Backups":[{"k":"é"},é]}---');
  });
});
