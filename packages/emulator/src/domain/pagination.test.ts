import { describe, expect, it } from "vitest";
import { CloudHsmInvalidRequestException } from "./errors.js";
import { decodeToken, encodeToken, fingerprint } from "./pagination.js";

describe("NextToken", () => {
  const fp = fingerprint({ Filters: { states: ["READY"] }, SortAscending: true });

  it("round-trips a position and stays within the model's 256 characters", () => {
    const token = encodeToken("backups", fp, { t: 1763779200.123, i: "backup-abcdefghijklmnop" });
    expect(token.length).toBeLessThanOrEqual(256);
    expect(decodeToken(token, "backups", fp)).toEqual({ t: 1763779200.123, i: "backup-abcdefghijklmnop" });
  });

  it("refuses a token from another request, another operation, or tampered with", () => {
    const token = encodeToken("backups", fp, { t: 1, i: "backup-abcdefghijk" });
    const other = fingerprint({ Filters: { states: ["DELETED"] } });
    expect(() => decodeToken(token, "backups", other)).toThrow(CloudHsmInvalidRequestException);
    expect(() => decodeToken(token, "tags", fp)).toThrow(CloudHsmInvalidRequestException);
    const flipped = `${token.slice(0, 3)}${token[3] === "A" ? "B" : "A"}${token.slice(4)}`;
    expect(() => decodeToken(flipped, "backups", fp)).toThrow(CloudHsmInvalidRequestException);
    expect(() => decodeToken("garbage", "backups", fp)).toThrow(CloudHsmInvalidRequestException);
    expect(() => decodeToken("", "backups", fp)).toThrow(CloudHsmInvalidRequestException);
  });

  it("fingerprints ignore member order", () => {
    expect(fingerprint({ a: 1, b: [2, 3] })).toBe(fingerprint({ b: [2, 3], a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});
