import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeToken, encodeToken, fingerprint } from "./pagination.js";

const anyPosition = (p: unknown): p is unknown => true;

describe("page tokens", () => {
  const fp = fingerprint({ filters: {}, asc: true });
  const token = encodeToken("backups", fp, { t: 1, i: "backup-abcdefghijk" });
  const [body, tag] = token.split(".") as [string, string];

  it("decode to the position they were made with, for the listing and request they were made for", () => {
    expect(decodeToken(token, "backups", fp, anyPosition)).toEqual({ t: 1, i: "backup-abcdefghijk" });
    expect(decodeToken(token, "clusters", fp, anyPosition)).toBeUndefined();
    expect(decodeToken(token, "backups", fingerprint({ filters: {}, asc: false }), anyPosition)).toBeUndefined();
  });

  it("hold the same position when read back at once and when read after a thousand others were written", () => {
    const position = { t: 2.5, i: "backup-bcdefghijkl" };
    const later = encodeToken("backups", fp, position);
    expect(decodeToken(later, "backups", fp, anyPosition)).toEqual(position);
    for (let n = 0; n < 1000; n++) {
      encodeToken("backups", fp, { t: n, i: "backup-cdefghijklm" });
    }
    expect(decodeToken(later, "backups", fp, anyPosition)).toEqual(position);
    expect(decodeToken(later, "clusters", fp, anyPosition)).toBeUndefined();
  });

  it("hand out a position that cannot be changed, so that one request cannot change the next one's", () => {
    const written = encodeToken("backups", fp, { t: 3, i: "backup-defghijklmn" });
    const read = decodeToken(written, "backups", fp, anyPosition);
    expect(() => {
      (read as { t: number }).t = 4;
    }).toThrow(TypeError);
    expect(decodeToken(written, "backups", fp, anyPosition)).toEqual({ t: 3, i: "backup-defghijklmn" });
  });

  it("check the position of a token read back at once, as of any other", () => {
    const written = encodeToken("backups", fp, { t: 3, i: "backup-defghijklmn" });
    expect(decodeToken(written, "backups", fp, (p): p is unknown => p === null)).toBeUndefined();
  });

  it("refuse a token whose tag is missing, empty or followed by more", () => {
    for (const bad of [body, `${body}.`, `.${tag}`, `${token}.`, `${token}.${tag}`, `${body}..${tag}`, ".", ""]) {
      expect(decodeToken(bad, "backups", fp, anyPosition), JSON.stringify(bad)).toBeUndefined();
    }
  });
});

describe("fingerprint", () => {
  const value = fc.jsonValue();

  const ABSENT = "\u0000absent";

  it("is the same for the same members in any order, and leaves undefined members out", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value), (record) => {
        fc.pre(!Object.hasOwn(record, ABSENT));
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(fingerprint(reversed)).toBe(fingerprint(record));
        expect(fingerprint({ ...record, [ABSENT]: undefined })).toBe(fingerprint(record));
      }),
    );
  });

  it("is the same only for requests whose parameters are the same", () => {
    const asJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
    fc.assert(
      fc.property(value, value, (a, b) => {
        if (fingerprint({ filters: a }) === fingerprint({ filters: b })) {
          expect(asJson(a)).toEqual(asJson(b));
        }
      }),
    );
  });
});
