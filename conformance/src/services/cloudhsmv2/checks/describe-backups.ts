import { expectDefined, expectEqual, expectTrue } from "../../../harness/assert.js";
import { skip } from "../../../harness/failure.js";
import { expectServiceError } from "../../../harness/service-error.js";
import { C } from "../citations.js";
import type { Backup, Check, CloudHsmContext } from "../context.js";
import {
  allPages,
  expectRejected,
  UNKNOWN_BACKUP_ID,
  UNKNOWN_CLUSTER_ID,
  VALIDATION_NAMES,
} from "../fixtures/refusals.js";

/** `count` backups to list (existing ones where the target has them); skips unless their CreateTimestamps differ. */
async function several(t: CloudHsmContext, count: number): Promise<Backup[]> {
  const backups = await t.fixtures.someBackups(count);
  if (new Set(backups.map((b) => b.CreateTimestamp)).size < 2) {
    skip(`needs backups with different CreateTimestamps to tell an order; the ${count} found share one`);
  }
  return backups;
}

const timestamps = (list: readonly Backup[]) => list.map((b) => b.CreateTimestamp ?? 0);

const ids = (list: readonly Backup[] | undefined) => (list ?? []).map((b) => b.BackupId);
const isSorted = (values: number[], ascending: boolean) =>
  values.every((v, i) => i === 0 || (ascending ? (values[i - 1] as number) <= v : (values[i - 1] as number) >= v));

export const describeBackupChecks: readonly Check[] = [
  {
    id: "DESC-FILTER-001",
    level: "required",
    title: "DescribeBackups with the backupIds filter returns only those backups",
    asserts: "Filtering on two of three backups lists exactly those two.",
    citations: [C.filterBackupIds],
    needs: ["ready-backup"],
    async run(t) {
      const [a, , c] = (await t.fixtures.someBackups(3)) as [Backup, Backup, Backup];
      const out = await t.client().describeBackups({ Filters: { backupIds: [a.BackupId, c.BackupId] } });
      expectEqual("listed ids", ids(out.Backups).sort().join(","), [a.BackupId, c.BackupId].sort().join(","));
    },
  },
  {
    id: "DESC-FILTER-002",
    level: "required",
    title: "DescribeBackups with the clusterIds filter returns only that cluster's backups",
    asserts: "Every backup listed under a cluster's id has that ClusterId, and a READY backup of it is among them.",
    citations: [C.filterClusterIds],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.readyBackup();
      const clusterId = backup.ClusterId ?? skip(`the READY backup ${backup.BackupId} names no cluster (it is a copy)`);
      const { backups } = await allPages(t, { Filters: { clusterIds: [clusterId] } });
      expectTrue("the READY backup is listed", ids(backups).includes(backup.BackupId));
      expectTrue(
        "every backup belongs to the cluster",
        backups.every((b) => b.ClusterId === clusterId),
        ids(backups),
      );
    },
  },
  {
    id: "DESC-FILTER-003",
    level: "required",
    title: "DescribeBackups with the states filter returns only backups in those states",
    asserts:
      "With a READY and a PENDING_DELETION backup, states=[READY] lists only READY backups, the READY one among them and not the other.",
    citations: [C.filterStates],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.readyBackup();
      const deleted = await t.fixtures.disposableBackup();
      await t.client().deleteBackup({ BackupId: deleted.BackupId });
      const { backups } = await allPages(t, { Filters: { states: ["READY"] } });
      expectTrue("the READY backup is listed", ids(backups).includes(backup.BackupId));
      expectTrue("the PENDING_DELETION backup is not listed", !ids(backups).includes(deleted.BackupId));
      expectTrue(
        "every backup is READY",
        backups.every((b) => b.BackupState === "READY"),
        backups.map((b) => b.BackupState),
      );
    },
  },
  {
    id: "DESC-FILTER-004",
    level: "required",
    title: "DescribeBackups with the sourceBackupIds filter finds the copy of a backup",
    asserts:
      "With copies of two different backups in the destination region, filtering on one source backup id lists the copy made from it, only backups copied from it, and not the other copy.",
    citations: [C.filterSourceBackupIds, C.copySourceBackupFilter],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const [first, second] = (await t.fixtures.someBackups(2)) as [Backup, Backup];
      const to = t.region("second");
      const { copy } = await t.copies.copy(first.BackupId, t.regions.primary, to);
      const other = await t.copies.copy(second.BackupId, t.regions.primary, to);
      const { backups } = await allPages(t, { Filters: { sourceBackupIds: [first.BackupId] } }, to);
      expectTrue("the copy is listed", ids(backups).includes(copy.BackupId), ids(backups));
      expectTrue("the other copy is not listed", !ids(backups).includes(other.copy.BackupId), ids(backups));
      const foreign = backups.filter((b) => b.SourceBackup !== first.BackupId);
      expectTrue("every backup listed was copied from the source named", foreign.length === 0, foreign);
    },
  },
  {
    id: "DESC-FILTER-005",
    level: "advisory",
    title: "DescribeBackups with a filter on an unknown id returns an empty list",
    asserts:
      "backupIds and clusterIds filters naming unknown well-formed ids give HTTP 200 and no backups (observed for clusters).",
    undocumented: "whether a filter naming an unknown id is an error",
    citations: [C.filterBackupIds],
    needs: [],
    async run(t) {
      const byBackup = await t.client().describeBackups({ Filters: { backupIds: [UNKNOWN_BACKUP_ID] } });
      expectEqual("backups for an unknown backup id", ids(byBackup.Backups).length, 0);
      const byCluster = await t.client().describeBackups({ Filters: { clusterIds: [UNKNOWN_CLUSTER_ID] } });
      expectEqual("backups for an unknown cluster id", ids(byCluster.Backups).length, 0);
    },
  },
  {
    id: "DESC-FILTER-006",
    level: "advisory",
    title: "DescribeBackups with several states lists backups in any of them",
    asserts:
      "The states filter [READY, PENDING_DELETION] lists both a READY and a PENDING_DELETION backup (the model's list implies a union; one user report says only one state is honoured).",
    undocumented: "whether several values of the states filter select their union",
    citations: [C.filterStates],
    needs: ["ready-backup"],
    async run(t) {
      const ready = await t.fixtures.readyBackup();
      const deleted = await t.fixtures.disposableBackup();
      await t.client().deleteBackup({ BackupId: deleted.BackupId });
      const out = await t.client().describeBackups({
        Filters: { backupIds: [ready.BackupId, deleted.BackupId], states: ["READY", "PENDING_DELETION"] },
      });
      expectEqual("listed ids", ids(out.Backups).sort().join(","), [ready.BackupId, deleted.BackupId].sort().join(","));
    },
  },
  {
    id: "DESC-SORT-001",
    level: "required",
    title: "DescribeBackups with SortAscending lists backups oldest first",
    asserts:
      "With SortAscending true, three backups with different CreateTimestamps (filtered by id) are all listed, oldest first.",
    citations: [C.sortAscending],
    needs: ["ready-backup"],
    async run(t) {
      const made = await several(t, 3);
      const { backups } = await allPages(t, { Filters: { backupIds: ids(made) }, SortAscending: true });
      expectEqual("backups listed", ids(backups).sort().join(","), ids(made).sort().join(","));
      expectTrue("ascending CreateTimestamp", isSorted(timestamps(backups), true), timestamps(backups));
    },
  },
  {
    id: "DESC-SORT-002",
    level: "advisory",
    title: "DescribeBackups without SortAscending lists backups newest first",
    asserts:
      "Without SortAscending, three backups with different CreateTimestamps come out newest first (observed on AWS; no document states it).",
    citations: [C.newestFirstObserved],
    needs: ["ready-backup"],
    async run(t) {
      const made = await several(t, 3);
      const { backups } = await allPages(t, { Filters: { backupIds: ids(made) } });
      expectEqual("backups listed", ids(backups).sort().join(","), ids(made).sort().join(","));
      expectTrue("descending CreateTimestamp", isSorted(timestamps(backups), false), timestamps(backups));
    },
  },
  {
    id: "DESC-PAGE-001",
    level: "required",
    title: "DescribeBackups pages through every backup exactly once",
    asserts:
      "With five backups (filtered by id) and MaxResults 2, every page holds at most 2, every backup appears exactly once, and only the last page has no NextToken.",
    citations: [C.paginated, C.paginationEnd, C.maxResultsBackups],
    needs: ["ready-backup"],
    async run(t) {
      const made = await t.fixtures.someBackups(5);
      const { backups, pages } = await allPages(t, { Filters: { backupIds: ids(made) }, MaxResults: 2 });
      expectTrue(
        "every page has at most 2 backups",
        pages.every((p) => p.count <= 2),
        pages,
      );
      expectTrue("there are at least 3 pages", pages.length >= 3, pages);
      expectEqual("number of backups across pages", backups.length, 5);
      expectEqual("distinct backups across pages", new Set(ids(backups)).size, 5);
      expectEqual("the backups listed", ids(backups).sort().join(","), ids(made).sort().join(","));
    },
  },
  {
    id: "DESC-PAGE-002",
    level: "required",
    title: "DescribeBackups pages keep the SortAscending order across pages",
    asserts:
      "Paging four backups with different CreateTimestamps two at a time with SortAscending true yields each once, oldest first overall.",
    citations: [C.sortAscending, C.paginated],
    needs: ["ready-backup"],
    async run(t) {
      const made = await several(t, 4);
      const { backups } = await allPages(t, { Filters: { backupIds: ids(made) }, MaxResults: 2, SortAscending: true });
      expectEqual("backups across pages", ids(backups).sort().join(","), ids(made).sort().join(","));
      expectTrue("ascending across pages", isSorted(timestamps(backups), true), timestamps(backups));
    },
  },
  {
    id: "DESC-PAGE-003",
    level: "required",
    title: "DescribeBackups rejects MaxResults outside 1 to 50",
    asserts: "MaxResults 0 and 51 are each rejected with HTTP 400 and a validation error name.",
    citations: [C.maxResultsBackups],
    needs: [],
    async run(t) {
      for (const value of [0, 51]) {
        await expectServiceError(
          `DescribeBackups with MaxResults ${value}`,
          () => t.client().describeBackups({ MaxResults: value }),
          {
            names: VALIDATION_NAMES,
          },
        );
      }
    },
  },
  {
    id: "DESC-PAGE-004",
    level: "required",
    title: "DescribeBackups accepts MaxResults 1 and 50",
    asserts:
      "With two backups (filtered by id), MaxResults 1 returns exactly one and a NextToken, and MaxResults 50 returns both.",
    citations: [C.maxResultsBackups, C.paginated],
    needs: ["ready-backup"],
    async run(t) {
      const two = ids(await t.fixtures.someBackups(2));
      const one = await t.client().describeBackups({ Filters: { backupIds: two }, MaxResults: 1 });
      expectEqual("backups on a page of MaxResults 1", (one.Backups ?? []).length, 1);
      expectTrue("a NextToken for the other backup", !!one.NextToken, one.NextToken);
      const fifty = await t.client().describeBackups({ Filters: { backupIds: two }, MaxResults: 50 });
      expectEqual("backups on a page of MaxResults 50", ids(fifty.Backups).sort().join(","), [...two].sort().join(","));
    },
  },
  {
    id: "DESC-PAGE-005",
    level: "advisory",
    title: "DescribeBackups rejects a NextToken it did not issue",
    asserts: "A made-up NextToken gives HTTP 400 (UNDOC; the reference emulator uses CloudHsmInvalidRequestException).",
    undocumented: "what a NextToken the service did not issue gets",
    citations: [C.paginated],
    needs: [],
    async run(t) {
      await expectRejected(t, "DescribeBackups with a made-up NextToken", () =>
        t.client().describeBackups({ NextToken: "not-a-token-the-service-issued" }),
      );
    },
  },
  {
    id: "DESC-PAGE-006",
    level: "advisory",
    title: "DescribeBackups omits NextToken on the last page",
    asserts: "The last page has no NextToken member at all, rather than null or an empty string (observed on AWS).",
    undocumented:
      "whether the last page leaves NextToken out, empty or null (the API reference accepts all three as the end)",
    citations: [C.paginationEnd],
    needs: ["ready-backup"],
    async run(t) {
      const made = await t.fixtures.someBackups(2);
      const { pages } = await allPages(t, { Filters: { backupIds: ids(made) }, MaxResults: 1 });
      const last = expectDefined("the last page", pages.at(-1));
      expectEqual("NextToken member on the last page", last.hasKey, false);
    },
  },
  {
    id: "DESC-FIELDS-001",
    level: "required",
    title: "DescribeBackups lists every backup with BackupId, BackupState, ClusterId and CreateTimestamp",
    asserts: "A backup of a cluster (not a copy) is listed with all four members.",
    citations: [C.backupAllFields],
    needs: ["ready-backup"],
    async run(t) {
      const backup = await t.fixtures.readyBackup();
      for (const member of ["BackupId", "BackupState", "ClusterId", "CreateTimestamp"] as const) {
        expectTrue(`${member} is present`, backup[member] !== undefined, backup);
      }
    },
  },
];
