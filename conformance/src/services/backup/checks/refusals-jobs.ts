import { expectEqual, expectTrue } from "../../../harness/assert.js";
import { Cleanups } from "../../../harness/cleanups.js";
import { B } from "../citations.js";
import type { Check } from "../context.js";
import { FINAL_COPY_STATES } from "../fixtures/copies.js";
import { acceptedJob, copyOutcome, pointsIn, runTogether } from "../fixtures/refusals.js";
import { emptyAndDelete } from "../fixtures/vaults.js";

const FINAL_BACKUP_STATES = ["COMPLETED", "FAILED", "ABORTED", "EXPIRED", "PARTIAL"];

/** Copy jobs that wait for their resource, and copy jobs that fail: a deleted destination, an injected failure. */
export const jobRefusalChecks: readonly Check[] = [
  {
    id: "BKP-FAIL-QUEUE-001",
    level: "required",
    title: "A second copy job of a resource waits in CREATED while the first runs",
    asserts:
      "Two StartCopyJob calls for the same recovery point both succeed; polled as first, second, first, second, the two jobs are never seen RUNNING at the same time (one RUNNING on both sides of the other's RUNNING), and both end COMPLETED.",
    citations: [B.oneJobPerResource],
    needs: ["billable", "second-region", "backup-resource"],
    async run(t) {
      const { source, destination } = await t.copies.pointAndDestination();
      const ids = [await t.copies.start(source, destination), await t.copies.start(source, destination)] as const;
      const client = t.backup(source.vault.region);
      const state = async (id: string) => (await client.describeCopyJob({ CopyJobId: id })).CopyJob?.State ?? "";
      const { final, together } = await runTogether(t, "two copy jobs of one resource", ids, state, FINAL_COPY_STATES);
      expectEqual("polls in which both jobs of the resource were RUNNING", JSON.stringify(together), "[]");
      expectEqual("the final states of the two jobs", final.join(", "), "COMPLETED, COMPLETED");
    },
  },
  {
    id: "BKP-FAIL-QUEUE-002",
    level: "required",
    title: "Two backup jobs of one resource never run at the same time",
    asserts:
      "Two StartBackupJob calls for the same resource both succeed; polled as first, second, first, second, the two jobs are never seen RUNNING at the same time, and both reach a final state (which one, and whether the second waits or is dropped, no document says).",
    citations: [B.oneJobPerResource],
    needs: ["billable", "backup-resource"],
    async run(t) {
      const vault = await t.vaults.create(t.regions.primary, "busy");
      const client = t.backup(vault.region);
      const input = {
        BackupVaultName: vault.name,
        ResourceArn: t.copies.resourceArn("resource", vault),
        IamRoleArn: t.copies.roleArn(vault.account),
      };
      const start = async () => (await client.startBackupJob(input)).BackupJobId ?? "";
      const ids = [await start(), await start()] as const;
      expectTrue(`two backup jobs were started (${ids.join(", ")})`, ids[0] !== ids[1]);
      const state = async (id: string) => (await client.describeBackupJob({ BackupJobId: id })).State ?? "";
      const { together } = await runTogether(t, "two backup jobs of one resource", ids, state, FINAL_BACKUP_STATES);
      expectEqual("polls in which both jobs of the resource were RUNNING", JSON.stringify(together), "[]");
    },
  },
  {
    id: "BKP-FAIL-NOVAULT-001",
    level: "advisory",
    title: "A copy whose destination vault is deleted before it runs ends FAILED with a StatusMessage",
    asserts:
      "StartCopyJob into an empty vault of another Region succeeds; the vault is then deleted, and the job ends FAILED with a non-empty StatusMessage and no DestinationRecoveryPointArn.",
    citations: [B.requiredResource, B.copyStatusMessage],
    undocumented:
      "whether a destination vault missing when the copy runs fails the job (the model's ResourceNotFoundException is for a resource missing when StartCopyJob is called; aws-backup-copy.md §9 question 2)",
    needs: ["billable", "second-region", "backup-resource"],
    async run(t) {
      const vault = await t.vaults.create(t.regions.primary, "src");
      const source = await t.copies.recoveryPoint(vault);
      // The vault is deleted by the check itself; the cleanup only runs if that deletion did not happen.
      const destination = await t.vaults.create(t.destinationRegion, "gone", new Cleanups());
      let deleted = false;
      t.cleanups.push(`delete the backup vault ${destination.name} unless gone`, async () =>
        deleted ? undefined : emptyAndDelete(t, destination),
      );
      const id = await t.copies.start(source, destination);
      await t.backup(destination.region).deleteBackupVault({ BackupVaultName: destination.name });
      deleted = true;
      const { job } = await t.copies.finish(id, source.vault.region);
      expectEqual("the final state of a copy into a deleted vault", job.State, "FAILED");
      expectTrue("the FAILED job has a StatusMessage", (job.StatusMessage ?? "").trim().length > 0, job);
      expectEqual("its DestinationRecoveryPointArn", job.DestinationRecoveryPointArn, undefined);
    },
  },
  {
    id: "BKP-FAIL-INJECT-001",
    level: "required",
    title: "A copy job failed on purpose ends FAILED with the failure's StatusMessage",
    asserts:
      "After the control protocol's InjectBackupCopyFault with a message, the next StartCopyJob succeeds and its job ends FAILED with exactly that StatusMessage (the control API fails the job; the StatusMessage explains it).",
    citations: [B.copyStatusMessage],
    needs: ["control", "billable", "second-region", "backup-resource"],
    async run(t) {
      const { source, destination } = await t.copies.pointAndDestination();
      const message = `conformance ${t.target.runId}: copy failed on purpose`;
      await t.control.failNextBackupCopy({ message });
      const job = acceptedJob("a copy after an injected fault", await copyOutcome(t, source, destination));
      expectEqual("the final state", job.State, "FAILED");
      expectEqual("the StatusMessage", job.StatusMessage, message);
    },
  },
  {
    id: "BKP-FAIL-INJECT-002",
    level: "advisory",
    title: "A copy job that failed leaves no recovery point in the destination vault",
    asserts:
      "A copy job failed through InjectBackupCopyFault has no DestinationRecoveryPointArn, and its destination vault of another Region holds no recovery point.",
    citations: [B.destinationRecoveryPoint],
    undocumented: "what a FAILED copy job leaves behind: no document says that it makes no recovery point (INFER)",
    needs: ["control", "billable", "second-region", "backup-resource"],
    async run(t) {
      const { source, destination } = await t.copies.pointAndDestination();
      await t.control.failNextBackupCopy({ message: `conformance ${t.target.runId}: no recovery point` });
      const job = acceptedJob("a copy after an injected fault", await copyOutcome(t, source, destination));
      expectEqual("the final state", job.State, "FAILED");
      expectEqual("the FAILED job's DestinationRecoveryPointArn", job.DestinationRecoveryPointArn, undefined);
      expectEqual("recovery points in the destination vault", JSON.stringify(await pointsIn(t, destination)), "[]");
    },
  },
];
