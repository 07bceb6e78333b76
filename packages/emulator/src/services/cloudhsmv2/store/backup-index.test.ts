import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareKeys, createBackupIndex, keyOf } from "./backup-index.js";
import type { Backup } from "./records.js";

const b = (BackupId: string, CreateTimestamp: number): Backup => ({
  BackupId,
  BackupArn: `arn:aws:cloudhsm:us-east-1:123456789012:backup/${BackupId}`,
  BackupState: "READY",
  CreateTimestamp,
  NeverExpires: false,
  TagList: [],
});

describe("backup index", () => {
  it("keeps backups sorted by (CreateTimestamp, BackupId) through inserts and removals", () => {
    const index = createBackupIndex();
    for (const [id, t] of [
      ["backup-ccccccccccc", 5],
      ["backup-aaaaaaaaaaa", 9],
      ["backup-bbbbbbbbbbb", 5],
      ["backup-ddddddddddd", 1],
    ] as const) {
      index.insert(b(id, t));
    }
    expect(index.all().map((x) => x.BackupId)).toEqual([
      "backup-ddddddddddd",
      "backup-bbbbbbbbbbb",
      "backup-ccccccccccc",
      "backup-aaaaaaaaaaa",
    ]);
    expect(index.lowerBound({ t: 5, i: "backup-c" })).toBe(2);
    expect(index.remove("backup-bbbbbbbbbbb")?.BackupId).toBe("backup-bbbbbbbbbbb");
    expect(index.remove("backup-bbbbbbbbbbb")).toBeUndefined();
    expect(index.size()).toBe(3);
    expect(index.get("backup-aaaaaaaaaaa")?.CreateTimestamp).toBe(9);
    expect(() => index.insert(b("backup-aaaaaaaaaaa", 1))).toThrow(/duplicate/);
  });

  it("finds the first backup at or after any key, through inserts and removals, timestamps tied or not", () => {
    const id = fc.stringMatching(/^[a-e]{2}$/).map((s) => `backup-${s}`);
    const steps = fc.array(fc.tuple(fc.boolean(), id, fc.integer({ min: 0, max: 3 })), { maxLength: 40 });
    fc.assert(
      fc.property(steps, id, fc.integer({ min: -1, max: 4 }), (changes, keyId, keyTime) => {
        const index = createBackupIndex();
        for (const [insert, backupId, t] of changes) {
          if (!insert) {
            index.remove(backupId);
          } else if (!index.has(backupId)) {
            index.insert(b(backupId, t));
          }
        }
        const all = index.all();
        const key = { t: keyTime, i: keyId };
        const expected = all.findIndex((x) => compareKeys(keyOf(x), key) >= 0);
        expect(index.lowerBound(key)).toBe(expected === -1 ? all.length : expected);
        expect(all.every((x, i) => i === 0 || compareKeys(keyOf(all[i - 1] as Backup), keyOf(x)) < 0)).toBe(true);
      }),
    );
  });
});
