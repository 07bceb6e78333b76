import { describe, expect, it } from "vitest";
import { withUndoc } from "../../../../test/helpers.js";
import { createBackupIndex } from "../store/backup-index.js";
import type { Backup } from "../store/records.js";
import { RESTORE_WINDOW_SECONDS, TRANSITIONS, transition } from "./backup-lifecycle.js";
import { InvalidTransition } from "./errors.js";

const index = createBackupIndex();
/** A READY backup, stored (and so sealed) in a fresh index: a transition stores the changed backup in its place. */
const backup = (state: Backup["BackupState"] = "READY"): Backup => {
  const b: Backup = {
    BackupId: `backup-${Math.random().toString(36).slice(2, 13).padEnd(11, "a")}`,
    BackupArn: "arn:aws:cloudhsm:us-east-1:123456789012:backup/backup-abcdefghijk",
    BackupState: state,
    CreateTimestamp: 1000,
    NeverExpires: false,
    TagList: [],
  };
  index.insert(b);
  return b;
};

describe("backup transitions", () => {
  it("sets DeleteTimestamp to 7 days after the call on PENDING_DELETION and clears it on restore", () => {
    const b = backup();
    const pending = transition(index, b, "PENDING_DELETION", 5000.123);
    expect(pending.BackupState).toBe("PENDING_DELETION");
    expect(pending.DeleteTimestamp).toBe(5000.123 + RESTORE_WINDOW_SECONDS);
    expect(index.get(b.BackupId)).toBe(pending);
    const restored = transition(index, pending, "READY", 6000);
    expect(restored.BackupState).toBe("READY");
    expect(restored).not.toHaveProperty("DeleteTimestamp");
    expect(index.get(b.BackupId)).toBe(restored);
  });

  it("refuses moves the table does not allow", () => {
    expect(() => transition(index, backup(), "DELETED", 1)).toThrow(InvalidTransition);
    const deleted = backup("DELETED");
    for (const to of ["READY", "PENDING_DELETION", "CREATE_IN_PROGRESS"] as const) {
      expect(() => transition(index, deleted, to, 1)).toThrow(InvalidTransition);
    }
    expect(TRANSITIONS.CREATE_IN_PROGRESS).toEqual(["READY", "DELETED"]);
  });

  it("drops DeleteTimestamp when the window ends in DELETED, unless UNDOC.deletedBackupKeepsDeleteTimestamp", async () => {
    const expire = () => {
      const pending = transition(index, backup(), "PENDING_DELETION", 1000);
      return transition(index, pending, "DELETED", 1000 + RESTORE_WINDOW_SECONDS);
    };
    expect(expire()).not.toHaveProperty("DeleteTimestamp");
    await withUndoc("deletedBackupKeepsDeleteTimestamp", true, () => {
      expect(expire().DeleteTimestamp).toBe(1000 + RESTORE_WINDOW_SECONDS);
    });
  });
});
