import { expectDefined, expectEqual, expectTrue } from "../../../harness/assert.js";
import type { Citation } from "../../../registry/types.js";
import { B } from "../citations.js";
import type { BackupContext, Check } from "../context.js";
import type { RecoveryPoint } from "../fixtures/copies.js";
import {
  acceptedJob,
  coldPoint,
  continuousPoint,
  copyOutcome,
  expectNotCopied,
  lockedVault,
  pointsIn,
} from "../fixtures/refusals.js";

/** The form the emulator chose for a refusal of the recovery point's state (refusal-choices.ts). */
const REFUSED_FOR_STATE = "InvalidRequestException";
/** A lock of 7 to 30 days; copies kept 3, 60 and 14 days break its minimum, break its maximum, and fit. */
const LOCK = { MinRetentionDays: 7, MaxRetentionDays: 30 };
const UNDOC_FORM =
  "how the copy is turned down: a StartCopyJob error (which one) or an accepted job that ends FAILED (aws-backup-copy.md §9 question 2)";

/** StartCopyJob of the recovery point `source` makes into a new vault of the second Region, followed to its end. */
async function copyInto(t: BackupContext, source: (t: BackupContext) => Promise<RecoveryPoint>) {
  const point = await source(t);
  const destination = await t.vaults.create(t.destinationRegion, "dst");
  return { destination, outcome: await copyOutcome(t, point, destination) };
}

/** Advisory: StartCopyJob refuses the recovery point `source` makes at once, with the error the emulator chose. */
function refusedAtOnceCheck(
  id: string,
  state: string,
  kind: string,
  source: (t: BackupContext) => Promise<RecoveryPoint>,
  citation: Citation,
): Check {
  return {
    id,
    level: "advisory",
    title: `StartCopyJob refuses a recovery point ${state} with ${REFUSED_FOR_STATE}`,
    asserts: `StartCopyJob of ${kind} recovery point is refused at once with HTTP 400 ${REFUSED_FOR_STATE} (inferred by the reference; no job is created).`,
    citations: [citation],
    undocumented: UNDOC_FORM,
    needs: ["control", "billable", "second-region", "backup-resource"],
    async run(t) {
      const { outcome } = await copyInto(t, source);
      const refused = expectDefined(`StartCopyJob's refusal of ${kind} recovery point`, outcome.refused);
      expectEqual("the error", `${refused.status} ${refused.name}`, `400 ${REFUSED_FOR_STATE}`);
    },
  };
}

/** A copy kept `days` days into a vault of another Region locked at 7 to 30 days, which the lock's `bound` breaks. */
function lockBreakingCheck(id: string, bound: string, days: number, citation: Citation): Check {
  const what = `a copy kept ${days} days into a vault locked at 7 to 30`;
  return {
    id,
    level: "required",
    title: `A copy kept for ${bound} is not made`,
    asserts: `A copy with DeleteAfterDays ${days} into a vault of another Region locked with MinRetentionDays 7 and MaxRetentionDays 30 is not made: StartCopyJob answers a client error or its job ends FAILED, and the vault holds no recovery point.`,
    citations: [citation],
    needs: ["billable", "second-region", "backup-resource"],
    async run(t) {
      const { source } = await t.copies.pointAndDestination();
      const destination = await lockedVault(t, t.destinationRegion, LOCK);
      const outcome = await copyOutcome(t, source, destination, { Lifecycle: { DeleteAfterDays: days } });
      await expectNotCopied(t, what, outcome, destination);
    },
  };
}

/** What AWS Backup refuses to copy, or fails to: cold and continuous recovery points, Vault Lock bounds. */
export const refusalChecks: readonly Check[] = [
  {
    id: "BKP-FAIL-COLD-001",
    level: "required",
    title: "A recovery point in cold storage is not copied",
    asserts:
      "A recovery point whose lifecycle moved it to cold storage (DescribeRecoveryPoint StorageClass COLD) is not copied to a vault of another Region: StartCopyJob answers a client error or its job ends FAILED, and the destination vault holds no recovery point. It needs the control protocol to move time on by days (on AWS the move to cold storage takes at least a day of real time).",
    citations: [B.coldNotCopied, B.storageClass],
    needs: ["control", "billable", "second-region", "backup-resource"],
    async run(t) {
      const source = await coldPoint(t);
      const destination = await t.vaults.create(t.destinationRegion, "dst");
      await expectNotCopied(
        t,
        "a copy of a COLD recovery point",
        await copyOutcome(t, source, destination),
        destination,
      );
    },
  },
  refusedAtOnceCheck("BKP-FAIL-COLD-002", "in cold storage", "a COLD", coldPoint, B.coldNotCopied),
  {
    id: "BKP-FAIL-CONT-001",
    level: "required",
    title: "A continuous backup is not copied on demand",
    asserts:
      "The recovery point of a plan rule with EnableContinuousBackup (an RDS DB instance) is not copied by StartCopyJob: the call answers a client error or its job ends FAILED, and the destination vault holds no recovery point. The rule is run through the control protocol (on its own it runs at most hourly).",
    citations: [B.continuousNotCopied, B.startCopyJobNoContinuous, B.enableContinuousBackup],
    needs: ["control", "billable", "second-region", "backup-resource"],
    async run(t) {
      const { destination, outcome } = await copyInto(t, continuousPoint);
      await expectNotCopied(t, "an on-demand copy of a continuous backup", outcome, destination);
    },
  },
  refusedAtOnceCheck(
    "BKP-FAIL-CONT-002",
    "that is a continuous backup",
    "a continuous",
    continuousPoint,
    B.continuousNotCopied,
  ),
  lockBreakingCheck("BKP-FAIL-LOCK-001", "less than a locked vault's MinRetentionDays", 3, B.lockMinimum),
  lockBreakingCheck("BKP-FAIL-LOCK-002", "longer than a locked vault's MaxRetentionDays", 60, B.lockMaximum),
  {
    id: "BKP-FAIL-LOCK-003",
    level: "required",
    title: "A copy whose retention fits a locked vault's bounds completes there",
    asserts:
      "A copy with DeleteAfterDays 14 into a vault of another Region locked with MinRetentionDays 7 and MaxRetentionDays 30 completes, and its recovery point is in that vault with that lifecycle.",
    citations: [B.lockBounds],
    needs: ["billable", "second-region", "backup-resource"],
    async run(t) {
      const { source } = await t.copies.pointAndDestination();
      const destination = await lockedVault(t, t.destinationRegion, LOCK);
      const outcome = await copyOutcome(t, source, destination, { Lifecycle: { DeleteAfterDays: 14 } });
      const job = acceptedJob("a copy kept 14 days into a vault locked at 7 to 30", outcome);
      expectEqual("the copy job's final state", job.State, "COMPLETED");
      const { arn, point } = await t.copies.landed(job, destination);
      expectTrue(`the copy ${arn} is listed in the locked vault`, (await pointsIn(t, destination)).includes(arn));
      expectEqual("the copy's Lifecycle.DeleteAfterDays", point.Lifecycle?.DeleteAfterDays, 14);
    },
  },
  {
    id: "BKP-FAIL-LOCK-004",
    level: "advisory",
    title: "A copy that breaks a locked vault's bounds is accepted and ends FAILED with a StatusMessage",
    asserts:
      "StartCopyJob of a copy kept 3 days into a vault locked at 7 to 30 days succeeds, and the job ends FAILED with a non-empty StatusMessage (the vault, not the call, fails it).",
    citations: [B.lockMinimum, B.copyStatusMessage],
    undocumented:
      'whether "the vault fails the backup or copy job" is a job that ends FAILED or a refused StartCopyJob (aws-backup-copy.md B16 infers the job)',
    needs: ["billable", "second-region", "backup-resource"],
    async run(t) {
      const { source } = await t.copies.pointAndDestination();
      const destination = await lockedVault(t, t.destinationRegion, LOCK);
      const outcome = await copyOutcome(t, source, destination, { Lifecycle: { DeleteAfterDays: 3 } });
      const job = acceptedJob("a copy kept 3 days into a vault locked at 7 to 30", outcome);
      expectEqual("the copy job's final state", job.State, "FAILED");
      expectTrue("the FAILED job has a StatusMessage", (job.StatusMessage ?? "").trim().length > 0, job);
    },
  },
];
