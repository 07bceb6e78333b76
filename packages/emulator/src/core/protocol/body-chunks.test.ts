import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BodyChunks } from "./body-chunks.js";

/** Pieces as a reply holds them: text of any kind (single characters too, ASCII or not) and kept UTF-8 bytes. */
const pieces = fc.array(
  fc.oneof(
    fc.string({ unit: "binary", maxLength: 1 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }).map((text) => Buffer.from(text, "utf8")),
  ),
  { maxLength: 30 },
);

const expectedBytes = (chunks: readonly (string | Uint8Array)[]): Buffer =>
  Buffer.concat(chunks.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk)));

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
    const body = new BodyChunks(["{", '"Backups"', ":", "[", Buffer.from('{"k":"é"}'), ",", "é", "]", "}"]);
    const target = Buffer.alloc(body.byteLength + 6, "-");
    expect(body.writeInto(target, 3)).toBe(3 + body.byteLength);
    expect(target.toString("utf8")).toBe('---{"Backups":[{"k":"é"},é]}---');
  });
});
