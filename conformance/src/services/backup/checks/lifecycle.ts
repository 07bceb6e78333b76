import { expectEqual } from "../../../harness/assert.js";
import { expectServiceError } from "../../../harness/service-error.js";
import { B } from "../citations.js";
import type { Check } from "../context.js";

/** 30 days to cold storage and deletion at 119: one day short of "at least 90 days after". */
const TOO_SHORT = { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 119 };
/** 30 and 120: exactly 90 days apart, the boundary "at least 90 days after" accepts. */
const BOUNDARY = { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 120 };
const REFUSED = { names: ["InvalidParameterValueException"], status: 400 };

export const lifecycleChecks: readonly Check[] = [
  {
    id: "BKP-LC-COPY-001",
    level: "required",
    title: "StartCopyJob refuses a lifecycle that deletes less than 90 days after the move to cold storage",
    asserts:
      "StartCopyJob with Lifecycle MoveToColdStorageAfterDays 30 and DeleteAfterDays 119 is refused with HTTP 400 InvalidParameterValueException (a parameter's value out of range).",
    citations: [B.deleteAfterDays, B.invalidParameter400],
    needs: ["second-region", "billable", "backup-resource"],
    async run(t) {
      const { source, destination } = await t.copies.pointAndDestination();
      await expectServiceError(
        "StartCopyJob with cold 30 / delete 119",
        () => t.copies.start(source, destination, { Lifecycle: TOO_SHORT }),
        REFUSED,
      );
    },
  },
  {
    id: "BKP-LC-COPY-002",
    level: "required",
    title: "StartCopyJob accepts a lifecycle that deletes exactly 90 days after the move to cold storage",
    asserts:
      "StartCopyJob with Lifecycle MoveToColdStorageAfterDays 30 and DeleteAfterDays 120 (at least 90 days after) is accepted, and the job completes with that lifecycle on the copy.",
    citations: [B.deleteAfterDays],
    needs: ["second-region", "billable", "backup-resource"],
    async run(t) {
      const { source, destination } = await t.copies.pointAndDestination();
      const id = await t.copies.start(source, destination, { Lifecycle: BOUNDARY });
      const { job } = await t.copies.finish(id, t.regions.primary);
      expectEqual("the copy job's state", job.State, "COMPLETED");
      const { point: copy } = await t.copies.landed(job, destination);
      expectEqual("the copy's Lifecycle.MoveToColdStorageAfterDays", copy.Lifecycle?.MoveToColdStorageAfterDays, 30);
      expectEqual("the copy's Lifecycle.DeleteAfterDays", copy.Lifecycle?.DeleteAfterDays, 120);
    },
  },
  {
    id: "BKP-LC-UPDATE-001",
    level: "required",
    title:
      "UpdateRecoveryPointLifecycle refuses a lifecycle that deletes less than 90 days after the move to cold storage",
    asserts:
      "UpdateRecoveryPointLifecycle with MoveToColdStorageAfterDays 30 and DeleteAfterDays 119 is refused with HTTP 400 InvalidParameterValueException.",
    citations: [B.coldMinimum, B.deleteAfterDays, B.invalidParameter400],
    needs: ["billable", "backup-resource"],
    async run(t) {
      const vault = await t.vaults.create(t.regions.primary, "lc");
      const point = await t.copies.recoveryPoint(vault);
      await expectServiceError(
        "UpdateRecoveryPointLifecycle with cold 30 / delete 119",
        () =>
          t.backup().updateRecoveryPointLifecycle({
            BackupVaultName: vault.name,
            RecoveryPointArn: point.arn,
            Lifecycle: TOO_SHORT,
          }),
        REFUSED,
      );
    },
  },
  {
    id: "BKP-LC-UPDATE-002",
    level: "required",
    title:
      "UpdateRecoveryPointLifecycle accepts a lifecycle that deletes exactly 90 days after the move to cold storage",
    asserts:
      "UpdateRecoveryPointLifecycle with MoveToColdStorageAfterDays 30 and DeleteAfterDays 120 succeeds, and DescribeRecoveryPoint then reports that lifecycle.",
    citations: [B.coldMinimum, B.deleteAfterDays],
    needs: ["billable", "backup-resource"],
    async run(t) {
      const vault = await t.vaults.create(t.regions.primary, "lc");
      const point = await t.copies.recoveryPoint(vault);
      await t.backup().updateRecoveryPointLifecycle({
        BackupVaultName: vault.name,
        RecoveryPointArn: point.arn,
        Lifecycle: BOUNDARY,
      });
      const described = await t
        .backup()
        .describeRecoveryPoint({ BackupVaultName: vault.name, RecoveryPointArn: point.arn });
      expectEqual("MoveToColdStorageAfterDays", described.Lifecycle?.MoveToColdStorageAfterDays, 30);
      expectEqual("DeleteAfterDays", described.Lifecycle?.DeleteAfterDays, 120);
    },
  },
];
