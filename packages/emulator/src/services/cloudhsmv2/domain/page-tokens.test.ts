import { describe, expect, it } from "vitest";
import { createHarness } from "../../../../test/helpers.js";
import { encodeToken, fingerprint, isSortKey } from "../../../core/pagination.js";
import { CloudHsmInvalidRequestException } from "./errors.js";
import { LISTING_CHOICES } from "./listing-choices.js";
import { isTagPosition, readToken } from "./page-tokens.js";
import { UNDOC_MESSAGES } from "./undocumented-errors.js";

const backupKey = isSortKey("backup");

/** Positions a forged token might carry (the HMAC key is public): none is a place in a listing. */
const BAD_SORT_KEYS = [
  null,
  0,
  "x",
  [],
  {},
  { t: 1 },
  { i: "backup-abcdefghijk" },
  { t: "1", i: "backup-abcdefghijk" },
  { t: 1, i: 7 },
  { t: 1, i: "garbage" },
  { t: 1, i: "backup-abcdefghijk", x: 1 },
];

describe("NextToken", () => {
  const fp = fingerprint({ Filters: { states: ["READY"] }, SortAscending: true });

  it("round-trips a position and stays within the model's 256 characters", () => {
    const token = encodeToken("backups", fp, { t: 1763779200.123, i: "backup-abcdefghijklmnop" });
    expect(token.length).toBeLessThanOrEqual(256);
    expect(readToken(token, "backups", fp, backupKey)).toEqual({ t: 1763779200.123, i: "backup-abcdefghijklmnop" });
  });

  it("refuses a token from another request, another operation, or tampered with", () => {
    const token = encodeToken("backups", fp, { t: 1, i: "backup-abcdefghijk" });
    const other = fingerprint({ Filters: { states: ["DELETED"] } });
    expect(() => readToken(token, "backups", other, backupKey)).toThrow(CloudHsmInvalidRequestException);
    expect(() => readToken(token, "tags", fp, isTagPosition)).toThrow(CloudHsmInvalidRequestException);
    const flipped = `${token.slice(0, 3)}${token[3] === "A" ? "B" : "A"}${token.slice(4)}`;
    expect(() => readToken(flipped, "backups", fp, backupKey)).toThrow(CloudHsmInvalidRequestException);
    expect(() => readToken("garbage", "backups", fp, backupKey)).toThrow(CloudHsmInvalidRequestException);
    expect(() => readToken("", "backups", fp, backupKey)).toThrow(CloudHsmInvalidRequestException);
  });

  it("fingerprints ignore member order", () => {
    expect(fingerprint({ a: 1, b: [2, 3] })).toBe(fingerprint({ b: [2, 3], a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });

  it("refuses a well-signed token whose position is not one", () => {
    for (const p of BAD_SORT_KEYS) {
      const token = encodeToken("backups", fp, p);
      expect(() => readToken(token, "backups", fp, backupKey), JSON.stringify(p)).toThrow(
        CloudHsmInvalidRequestException,
      );
    }
    for (const p of [null, { k: "", n: 0 }, { k: "a", n: -1 }, { k: "a", n: 1.5 }, { k: "a" }, { k: 1, n: 1 }]) {
      expect(() => readToken(encodeToken("tags", fp, p), "tags", fp, isTagPosition)).toThrow(
        CloudHsmInvalidRequestException,
      );
    }
  });

  it("every listing answers a forged position with the 400 of any invalid token", async () => {
    const h = createHarness();
    const { clusterId } = await h.activeCluster();
    const refusal = {
      status: 400,
      body: { __type: "CloudHsmInvalidRequestException", Message: UNDOC_MESSAGES.badNextToken },
    };
    const clusters = fingerprint({ filters: {} });
    const backups = fingerprint({ filters: {}, shared: false, asc: LISTING_CHOICES.defaultSortAscending });
    for (const p of BAD_SORT_KEYS) {
      const c = await h.call("DescribeClusters", { NextToken: encodeToken("clusters", clusters, p) });
      expect(c, `DescribeClusters ${JSON.stringify(p)}`).toEqual(refusal);
      const b = await h.call("DescribeBackups", { NextToken: encodeToken("backups", backups, p) });
      expect(b, `DescribeBackups ${JSON.stringify(p)}`).toEqual(refusal);
    }
    const tags = fingerprint({ resource: clusterId });
    const t = await h.call("ListTags", {
      ResourceId: clusterId,
      NextToken: encodeToken("tags", tags, { k: 3, n: "x" }),
    });
    expect(t).toEqual(refusal);
  });
});
