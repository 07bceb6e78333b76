import { expectClose, expectDefined, expectEqual, expectTrue } from "../../../harness/assert.js";
import { attempt, expectServiceError } from "../../../harness/service-error.js";
import { C } from "../citations.js";
import type { Check, CloudHsmContext } from "../context.js";
import { expectCopyRefused, expectRejected, UNKNOWN_BACKUP_ID } from "../fixtures/refusals.js";

const SEVEN_DAYS = 7 * 24 * 3600;

/** A disposable backup, deleted; returns it with the DeleteBackup response and the target time of the call. */
async function deleted(t: CloudHsmContext) {
  const backup = await t.fixtures.disposableBackup();
  const before = await t.now();
  const out = await t.client().deleteBackup({ BackupId: backup.BackupId });
  const after = await t.now();
  return { backup, out, before, after };
}

export const deleteRestoreChecks: readonly Check[] = [
  {
    id: "DEL-TIMESTAMP-001",
    level: "required",
    title: "DeleteBackup sets DeleteTimestamp 7 days after the request",
    asserts:
      "The DeleteBackup response and DescribeBackups carry DeleteTimestamp = time of the request + 7 days (± 60 s).",
    citations: [C.deleteWindow, C.deleteTimestampMeaning, C.backupPendingDeleteTimestamp],
    needs: ["ready-backup"],
    async run(t) {
      const { backup, out, before, after } = await deleted(t);
      const middle = (before + after) / 2;
      const tolerance = 60 + (after - before) / 2;
      expectClose("DeleteTimestamp in the response", out.Backup?.DeleteTimestamp, middle + SEVEN_DAYS, tolerance);
      const listed = await t.describeBackup(backup.BackupId);
      expectClose("DeleteTimestamp listed", listed?.DeleteTimestamp, middle + SEVEN_DAYS, tolerance);
    },
  },
  {
    id: "DEL-TIMESTAMP-002",
    level: "advisory",
    title: "RestoreBackup clears DeleteTimestamp",
    asserts: "After RestoreBackup the backup has no DeleteTimestamp (INFER from the user guide's restore example).",
    undocumented: "whether RestoreBackup removes DeleteTimestamp: only the 2023 restore example shows it",
    citations: [C.restoreExampleEarlier, C.backupPendingDeleteTimestamp, C.restorePending],
    needs: ["ready-backup"],
    async run(t) {
      const { backup } = await deleted(t);
      const out = await t.client().restoreBackup({ BackupId: backup.BackupId });
      expectEqual("DeleteTimestamp in the RestoreBackup response", out.Backup?.DeleteTimestamp, undefined);
      expectEqual("DeleteTimestamp listed", (await t.describeBackup(backup.BackupId))?.DeleteTimestamp, undefined);
    },
  },
  {
    id: "DEL-TIMESTAMP-003",
    level: "advisory",
    title: "A READY backup has no DeleteTimestamp",
    asserts:
      "A backup that was never deleted is listed without DeleteTimestamp (only backups pending deletion carry it).",
    undocumented: "whether a backup that is not pending deletion carries DeleteTimestamp: only the converse is stated",
    citations: [C.backupPendingDeleteTimestamp, C.readyWithoutDeleteTimestampObserved],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.readyBackup();
      expectEqual("DeleteTimestamp of a READY backup", backup.DeleteTimestamp, undefined);
    },
  },
  {
    id: "DEL-WINDOW-001",
    level: "required",
    title: "RestoreBackup still works just before the 7-day window ends",
    asserts:
      "With the emulated clock advanced to 7 days minus 5 minutes after DeleteBackup, RestoreBackup returns the backup READY.",
    citations: [C.deleteWindow, C.deleteHolds],
    needs: ["control", "ready-backup"],
    async run(t) {
      const { backup } = await deleted(t);
      await t.control.advance(SEVEN_DAYS - 300);
      const out = await t.client().restoreBackup({ BackupId: backup.BackupId });
      expectEqual("BackupState after RestoreBackup", out.Backup?.BackupState, "READY");
    },
  },
  {
    id: "DEL-WINDOW-002",
    level: "required",
    title: "A deleted backup can no longer be restored after the 7-day window",
    asserts:
      "With the emulated clock advanced 7 days and 5 minutes past DeleteBackup, RestoreBackup is rejected with HTTP 400, and the backup is no longer PENDING_DELETION or READY (it is DELETED or not listed).",
    citations: [C.deleteAfterWindow, C.deleteTimestampMeaning],
    needs: ["control", "ready-backup"],
    async run(t) {
      const { backup } = await deleted(t);
      await t.control.advance(SEVEN_DAYS + 300);
      await expectRejected(t, "RestoreBackup after the window", () =>
        t.client().restoreBackup({ BackupId: backup.BackupId }),
      );
      const listed = await t.describeBackup(backup.BackupId);
      expectTrue(
        "the backup is DELETED or gone",
        listed === undefined || listed.BackupState === "DELETED",
        listed?.BackupState,
      );
    },
  },
  {
    id: "DEL-WINDOW-003",
    level: "advisory",
    title: "A backup past its 7-day window is listed as DELETED",
    asserts:
      "After the window, DescribeBackups still lists the backup with BackupState DELETED rather than dropping it (UNDOC; record either).",
    undocumented: "what a backup looks like after its 7-day window",
    citations: [C.deleteAfterWindow],
    needs: ["control", "ready-backup"],
    async run(t) {
      const { backup } = await deleted(t);
      await t.control.advance(SEVEN_DAYS + 300);
      expectEqual("state after the window", (await t.describeBackup(backup.BackupId))?.BackupState, "DELETED");
    },
  },
  {
    id: "DEL-STATE-001",
    level: "advisory",
    title: "RestoreBackup on a READY backup leaves it READY without DeleteTimestamp",
    asserts:
      "Whether or not RestoreBackup of a READY backup is rejected, the backup is READY with no DeleteTimestamp afterwards.",
    undocumented: "what RestoreBackup does to a READY backup",
    citations: [C.restorePending],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      await attempt(() => t.client().restoreBackup({ BackupId: backup.BackupId }));
      const listed = expectDefined("the backup", await t.describeBackup(backup.BackupId));
      expectEqual("BackupState", listed.BackupState, "READY");
      expectEqual("DeleteTimestamp", listed.DeleteTimestamp, undefined);
    },
  },
  {
    id: "DEL-STATE-002",
    level: "advisory",
    title: "RestoreBackup rejects a READY backup with CloudHsmInvalidRequestException",
    asserts: "RestoreBackup of a READY backup gives HTTP 400 CloudHsmInvalidRequestException (UNDOC error).",
    undocumented: "the error of RestoreBackup on a READY backup",
    citations: [C.restorePending],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      await expectServiceError(
        "RestoreBackup of a READY backup",
        () => t.client().restoreBackup({ BackupId: backup.BackupId }),
        {
          names: ["CloudHsmInvalidRequestException"],
        },
      );
    },
  },
  {
    id: "DEL-STATE-003",
    level: "advisory",
    title: "DeleteBackup on a backup pending deletion leaves its state and DeleteTimestamp unchanged",
    asserts:
      "Whether or not a second DeleteBackup is rejected, the backup stays PENDING_DELETION with the DeleteTimestamp of the first call.",
    undocumented:
      "what DeleteBackup does to a backup pending deletion: the rule that only READY backups can be deleted is in the 2018–2022 user guide only",
    citations: [C.deleteMustBeReady, C.deleteTimestampMeaning, C.deleteHolds],
    needs: ["ready-backup"],
    async run(t) {
      const { backup, out } = await deleted(t);
      if (t.hasControl) {
        await t.control.advance(3600);
      }
      await attempt(() => t.client().deleteBackup({ BackupId: backup.BackupId }));
      const listed = expectDefined("the backup", await t.describeBackup(backup.BackupId));
      expectEqual("BackupState", listed.BackupState, "PENDING_DELETION");
      expectEqual("DeleteTimestamp", listed.DeleteTimestamp, out.Backup?.DeleteTimestamp);
    },
  },
  {
    id: "DEL-STATE-004",
    level: "advisory",
    title: "DeleteBackup rejects a backup that is already pending deletion with CloudHsmInvalidRequestException",
    asserts: "A second DeleteBackup gives HTTP 400 CloudHsmInvalidRequestException (UNDOC error).",
    undocumented: "the error of DeleteBackup on a backup pending deletion",
    citations: [C.deleteMustBeReady],
    needs: ["ready-backup"],
    async run(t) {
      const { backup } = await deleted(t);
      await expectServiceError("a second DeleteBackup", () => t.client().deleteBackup({ BackupId: backup.BackupId }), {
        names: ["CloudHsmInvalidRequestException"],
      });
    },
  },
  {
    id: "DEL-NOTFOUND-001",
    level: "required",
    title: "DeleteBackup and RestoreBackup reject an unknown backup as not found",
    asserts: "Both, with a well-formed unknown BackupId, give HTTP 400 CloudHsmResourceNotFoundException.",
    citations: [C.resourceNotFound400],
    needs: [],
    async run(t) {
      const names = ["CloudHsmResourceNotFoundException"];
      await expectServiceError("DeleteBackup", () => t.client().deleteBackup({ BackupId: UNKNOWN_BACKUP_ID }), {
        names,
      });
      await expectServiceError("RestoreBackup", () => t.client().restoreBackup({ BackupId: UNKNOWN_BACKUP_ID }), {
        names,
      });
    },
  },
  {
    id: "DEL-LIST-001",
    level: "required",
    title: "DescribeBackups lists a backup pending deletion under the PENDING_DELETION state filter",
    asserts:
      "After DeleteBackup, the states filter PENDING_DELETION lists the backup and the states filter READY does not.",
    citations: [C.listPendingDeletionUg, C.filterStates],
    needs: ["ready-backup"],
    async run(t) {
      const { backup } = await deleted(t);
      const ids = async (state: string) =>
        (await t.client().describeBackups({ Filters: { backupIds: [backup.BackupId], states: [state] } })).Backups?.map(
          (b) => b.BackupId,
        ) ?? [];
      expectEqual("listed as PENDING_DELETION", (await ids("PENDING_DELETION")).includes(backup.BackupId), true);
      expectEqual("listed as READY", (await ids("READY")).includes(backup.BackupId), false);
    },
  },
  {
    id: "DEL-COPY-001",
    level: "advisory",
    title: "CopyBackupToRegion refuses a backup that is pending deletion",
    asserts:
      "Copying a PENDING_DELETION backup is refused (synchronous HTTP 400, or a copy that ends DELETED); UNDOC which.",
    undocumented: "what copying a backup pending deletion does",
    citations: [C.copyNotDeletedSource],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const { backup } = await deleted(t);
      const how = await expectCopyRefused(t, backup.BackupId, t.regions.primary, t.region("second"));
      t.note(how.sync ? `refused synchronously: ${how.error.name}` : "accepted, then the copy ended DELETED");
    },
  },
];
