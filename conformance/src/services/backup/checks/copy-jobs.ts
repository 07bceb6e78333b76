import { paginateListCopyJobs } from "@cloudhsm-kit/client/backup";
import { expectDefined, expectEqual, expectTrue } from "../../../harness/assert.js";
import { B } from "../citations.js";
import type { Check } from "../context.js";

const ORDER = ["CREATED", "RUNNING", "COMPLETED"];

export const copyJobChecks: readonly Check[] = [
  {
    id: "BKP-JOB-STATES-001",
    level: "required",
    title: "A copy job moves from CREATED through RUNNING to COMPLETED",
    asserts:
      "StartCopyJob of a completed recovery point into a vault of another Region returns a CopyJobId; DescribeCopyJob reports the job CREATED or RUNNING at first and COMPLETED in the end, only ever moving forward through CREATED, RUNNING, COMPLETED. With the control protocol time is advanced; without it the job is awaited within the target's deadline.",
    citations: [B.copyCreatedToRunning, B.startCopyJob],
    needs: ["second-region", "billable", "backup-resource"],
    async run(t) {
      const { source, destination } = await t.copies.pointAndDestination();
      const id = await t.copies.start(source, destination);
      const first = await t.backup().describeCopyJob({ CopyJobId: id });
      const state = first.CopyJob?.State ?? "(none)";
      expectTrue(
        `the state right after StartCopyJob (${state}) is CREATED or RUNNING`,
        ["CREATED", "RUNNING"].includes(state),
      );
      const { job, seen } = await t.copies.finish(id, t.regions.primary);
      const states = [state, ...seen];
      expectTrue(
        `the states seen (${states.join(" → ")}) are CREATED, RUNNING, COMPLETED, in that order`,
        states.every(
          (s, i) => ORDER.includes(s) && (i === 0 || ORDER.indexOf(s) >= ORDER.indexOf(states[i - 1] ?? "")),
        ),
      );
      expectEqual("the final state", job.State, "COMPLETED");
    },
  },
  {
    id: "BKP-JOB-COMPLETION-001",
    level: "required",
    title: "A copy job has a CompletionDate only once it is complete",
    asserts:
      "While a copy job is CREATED or RUNNING, DescribeCopyJob gives it no CompletionDate; once COMPLETED it has one, not before its CreationDate.",
    citations: [B.completionDate],
    needs: ["second-region", "billable", "backup-resource"],
    async run(t) {
      const { source, destination } = await t.copies.pointAndDestination();
      const id = await t.copies.start(source, destination);
      const first = expectDefined("CopyJob", (await t.backup().describeCopyJob({ CopyJobId: id })).CopyJob);
      if (first.State === "CREATED" || first.State === "RUNNING") {
        expectEqual(`CompletionDate while ${first.State}`, first.CompletionDate, undefined);
      }
      const { job } = await t.copies.finish(id, t.regions.primary);
      expectEqual("the final state", job.State, "COMPLETED");
      const completed = expectDefined("CompletionDate of the COMPLETED job", job.CompletionDate);
      const created = expectDefined("CreationDate", job.CreationDate);
      expectTrue(`CompletionDate ${completed} is not before CreationDate ${created}`, completed >= created);
    },
  },
  {
    id: "BKP-JOB-IDEMPOTENCY-001",
    level: "required",
    title: "StartCopyJob retried with the same idempotency token starts no second job",
    asserts:
      "A second StartCopyJob with the same IdempotencyToken and input succeeds, and ListCopyJobs for the resource lists exactly one copy job of that recovery point (the retry took no action).",
    citations: [B.idempotency],
    needs: ["second-region", "billable", "backup-resource"],
    async run(t) {
      const { source, destination } = await t.copies.pointAndDestination();
      const token = `conformance-${t.target.runId}-${Math.random().toString(36).slice(2, 10)}`;
      const first = await t.copies.start(source, destination, { IdempotencyToken: token });
      await t.copies.start(source, destination, { IdempotencyToken: token });
      const ids = new Set<string>();
      for await (const page of paginateListCopyJobs(t.backup(), { ByResourceArn: source.resourceArn })) {
        // On AWS the resource is the configured one, which other checks and runs copy too: only this point's jobs count.
        for (const job of (page.CopyJobs ?? []).filter((j) => j.SourceRecoveryPointArn === source.arn)) {
          ids.add(job.CopyJobId ?? "");
        }
      }
      expectEqual("the copy jobs listed for the resource", JSON.stringify([...ids]), JSON.stringify([first]));
      await t.copies.finish(first, t.regions.primary);
    },
  },
];
