import { describe, expect, it } from "vitest";
import { withUndoc } from "../../../../test/helpers.js";
import type { Backup } from "../store/records.js";
import { RESTORE_WINDOW_SECONDS, TRANSITIONS, transition } from "./backup-lifecycle.js";
import { InvalidTransition } from "./errors.js";

const backup = (): Backup => ({
  BackupId: "backup-abcdefghijk",
  BackupArn: "arn:aws:cloudhsm:us-east-1:123456789012:backup/backup-abcdefghijk",
  BackupState: "READY",
  CreateTimestamp: 1000,
  NeverExpires: false,
  TagList: [],
});

describe("backup transitions", () => {
  it("sets DeleteTimestamp to 7 days after the call on PENDING_DELETION and clears it on restore", () => {
    const b = backup();
    transition(b, "PENDING_DELETION", 5000.123);
    expect(b.BackupState).toBe("PENDING_DELETION");
    expect(b.DeleteTimestamp).toBe(5000.123 + RESTORE_WINDOW_SECONDS);
    transition(b, "READY", 6000);
    expect(b.BackupState).toBe("READY");
    expect(b).not.toHaveProperty("DeleteTimestamp");
  });

  it("refuses moves the table does not allow", () => {
    const b = backup();
    expect(() => transition(b, "DELETED", 1)).toThrow(InvalidTransition);
    b.BackupState = "DELETED";
    for (const to of ["READY", "PENDING_DELETION", "CREATE_IN_PROGRESS"] as const) {
      expect(() => transition(b, to, 1)).toThrow(InvalidTransition);
    }
    expect(TRANSITIONS.CREATE_IN_PROGRESS).toEqual(["READY", "DELETED"]);
  });

  it("drops DeleteTimestamp when the window ends in DELETED, unless UNDOC.deletedBackupKeepsDeleteTimestamp", async () => {
    const expire = () => {
      const b = backup();
      transition(b, "PENDING_DELETION", 1000);
      transition(b, "DELETED", 1000 + RESTORE_WINDOW_SECONDS);
      return b;
    };
    expect(expire()).not.toHaveProperty("DeleteTimestamp");
    await withUndoc("deletedBackupKeepsDeleteTimestamp", true, () => {
      expect(expire().DeleteTimestamp).toBe(1000 + RESTORE_WINDOW_SECONDS);
    });
  });
});
