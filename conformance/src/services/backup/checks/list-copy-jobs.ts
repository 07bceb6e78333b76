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

/** Pages a paging check reads at most (on AWS other checks' copies of the same resource may be listed too). */
const PAGE_LIMIT = 50;

const ids = (jobs: readonly CopyJob[]) => jobs.map((j) => j.CopyJobId ?? "");

export const listCopyJobChecks: readonly Check[] = [
  {
    id: "BKP-LIST-STATE-001",
    level: "required",
    title: "ListCopyJobs ByState lists only the jobs in that state",
    asserts:
      "ListCopyJobs with ByState COMPLETED lists a completed copy job and only COMPLETED jobs; with ByState RUNNING it does not list that job.",
    citations: [B.byState],
    needs: ["second-region", "billable", "backup-resource"],
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
    needs: ["second-region", "billable", "backup-resource"],
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
    needs: ["second-region", "billable", "backup-resource"],
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
      "Three copy jobs of one recovery point, listed ByResourceArn (created after the recovery point) with MaxResults 1 and each reply's NextToken, come one per page, each exactly once, no listed job repeats, and the last page has no NextToken.",
    citations: [B.nextToken],
    needs: ["second-region", "billable", "backup-resource"],
    async run(t) {
      const { source, destination } = await t.copies.pointAndDestination();
      const made: string[] = [];
      for (let i = 0; i < 3; i++) {
        const id = await t.copies.start(source, destination);
        await t.copies.finish(id, source.vault.region);
        made.push(id);
      }
      // On AWS the resource is the configured one, which other checks copy too: the listing starts at this point's
      // creation and only its jobs are compared (every job listed still counts for repeats).
      const since = new Date(Math.floor(source.creationDate - 1) * 1000);
      const seen: string[] = [];
      const mine: string[] = [];
      let token: string | undefined;
      for (let page = 0; page < PAGE_LIMIT; page++) {
        const out = await t.backup().listCopyJobs({
          ByResourceArn: source.resourceArn,
          ByCreatedAfter: since,
          MaxResults: 1,
          ...(token ? { NextToken: token } : {}),
        });
        const jobs = out.CopyJobs ?? [];
        expectTrue(`page ${page + 1} has at most one job (it has ${jobs.length})`, jobs.length <= 1);
        seen.push(...ids(jobs));
        mine.push(...ids(jobs.filter((j) => j.SourceRecoveryPointArn === source.arn)));
        token = out.NextToken ?? undefined;
        if (!token) {
          break;
        }
      }
      expectEqual(`the paging ended (no NextToken within ${PAGE_LIMIT} pages)`, token, undefined);
      const repeated = seen.filter((id, i) => seen.indexOf(id) !== i);
      expectEqual("the jobs listed more than once", repeated.join(", "), "");
      expectEqual("the jobs seen, sorted", [...mine].sort().join(", "), [...made].sort().join(", "));
    },
  },
];
