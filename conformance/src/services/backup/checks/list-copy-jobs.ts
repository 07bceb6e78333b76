import type { BackupClient, CopyJob } from "@cloudhsm-kit/client/backup";
import { paginateListCopyJobs } from "@cloudhsm-kit/client/backup";
import { expectDefined, expectEqual, expectTrue } from "../../../harness/assert.js";
import { B } from "../citations.js";
import type { Check } from "../context.js";

type ListInput = Parameters<BackupClient["listCopyJobs"]>[0];

/** Every copy job ListCopyJobs lists for `input`, on every page. */
async function listAll(client: BackupClient, input: ListInput): Promise<CopyJob[]> {
  const jobs: CopyJob[] = [];
  for await (const page of paginateListCopyJobs(client, input ?? {})) {
    jobs.push(...(page.CopyJobs ?? []));
  }
  return jobs;
}

const ids = (jobs: readonly CopyJob[]) => jobs.map((j) => j.CopyJobId ?? "");

export const listCopyJobChecks: readonly Check[] = [
  {
    id: "BKP-LIST-STATE-001",
    level: "required",
    title: "ListCopyJobs ByState lists only the jobs in that state",
    asserts:
      "ListCopyJobs with ByState COMPLETED lists a completed copy job and only COMPLETED jobs; with ByState RUNNING it does not list that job.",
    citations: [B.byState],
    needs: ["control", "second-region"],
    async run(t) {
      const { copy } = await t.copies.completedCopy();
      const id = expectDefined("CopyJobId", copy.job.CopyJobId);
      const completed = await listAll(t.backup(), { ByState: "COMPLETED" });
      expectTrue(`ByState COMPLETED lists ${id}`, ids(completed).includes(id));
      const others = completed.filter((j) => j.State !== "COMPLETED").map((j) => `${j.CopyJobId} ${j.State}`);
      expectEqual("jobs listed by ByState COMPLETED in another state", others.join(", "), "");
      const running = await listAll(t.backup(), { ByState: "RUNNING" });
      expectTrue(`ByState RUNNING does not list the completed job ${id}`, !ids(running).includes(id));
    },
  },
  {
    id: "BKP-LIST-DEST-001",
    level: "advisory",
    title: "ListCopyJobs ByDestinationVaultArn lists only the copies into that vault",
    asserts:
      "ListCopyJobs with ByDestinationVaultArn set to a destination vault's ARN lists the copy job into it and only jobs whose DestinationBackupVaultArn is that ARN.",
    undocumented:
      "the model's documentation of ByDestinationVaultArn (query destinationVaultArn) describes 'a source backup vault to copy from'; that the filter matches DestinationBackupVaultArn is read from its name",
    citations: [B.byDestinationVault],
    needs: ["control", "second-region"],
    async run(t) {
      const { destination, copy } = await t.copies.completedCopy();
      const id = expectDefined("CopyJobId", copy.job.CopyJobId);
      const listed = await listAll(t.backup(), { ByDestinationVaultArn: destination.arn });
      expectTrue(`ByDestinationVaultArn lists ${id}`, ids(listed).includes(id));
      const others = listed.filter((j) => j.DestinationBackupVaultArn !== destination.arn).map((j) => j.CopyJobId);
      expectEqual("jobs listed into another vault", others.join(", "), "");
    },
  },
  {
    id: "BKP-LIST-CREATED-001",
    level: "required",
    title: "ListCopyJobs ByCreatedAfter lists only the jobs created after that date",
    asserts:
      "ListCopyJobs with ByCreatedAfter a minute before a copy job's CreationDate lists it, and every job it lists was created after that date; with ByCreatedAfter a second after its CreationDate it does not list it.",
    citations: [B.byCreatedAfter],
    needs: ["control", "second-region"],
    async run(t) {
      const { copy } = await t.copies.completedCopy();
      const id = expectDefined("CopyJobId", copy.job.CopyJobId);
      const created = expectDefined("CreationDate", copy.job.CreationDate);
      const before = new Date((created - 60) * 1000);
      const after = await listAll(t.backup(), { ByCreatedAfter: before });
      expectTrue(`ByCreatedAfter ${before.toISOString()} lists ${id}`, ids(after).includes(id));
      const older = after.filter((j) => (j.CreationDate ?? 0) <= created - 60).map((j) => j.CopyJobId);
      expectEqual("jobs listed that were created before ByCreatedAfter", older.join(", "), "");
      const later = new Date((Math.floor(created) + 1) * 1000);
      const none = await listAll(t.backup(), { ByCreatedAfter: later });
      expectTrue(`ByCreatedAfter ${later.toISOString()} does not list ${id}`, !ids(none).includes(id));
    },
  },
  {
    id: "BKP-LIST-PAGE-001",
    level: "required",
    title: "ListCopyJobs pages with NextToken without repeating or losing a job",
    asserts:
      "Three copy jobs of one resource, listed ByResourceArn with MaxResults 1 and each reply's NextToken, come one per page, each exactly once, and the last page has no NextToken.",
    citations: [B.nextToken],
    needs: ["control", "second-region"],
    async run(t) {
      const { source, destination } = await t.copies.pointAndDestination();
      const made: string[] = [];
      for (let i = 0; i < 3; i++) {
        const id = await t.copies.start(source, destination);
        await t.copies.finish(id, source.vault.region);
        made.push(id);
      }
      const seen: string[] = [];
      let token: string | undefined;
      for (let page = 0; page < 10; page++) {
        const out = await t.backup().listCopyJobs({
          ByResourceArn: source.resourceArn,
          MaxResults: 1,
          ...(token ? { NextToken: token } : {}),
        });
        const jobs = out.CopyJobs ?? [];
        expectTrue(`page ${page + 1} has at most one job (it has ${jobs.length})`, jobs.length <= 1);
        seen.push(...ids(jobs));
        token = out.NextToken ?? undefined;
        if (!token) {
          break;
        }
      }
      expectEqual("the paging ended (no NextToken within 10 pages)", token, undefined);
      expectEqual("the jobs seen, sorted", [...seen].sort().join(", "), [...made].sort().join(", "));
    },
  },
];
