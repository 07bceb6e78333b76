import { describe, expect, it } from "vitest";
import { createBackupIndex } from "./backup-index.js";
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
});
