import type { Backup, CheckContext } from "../harness/context.js";
import { expectServiceError } from "../harness/service-error.js";
import { C } from "../registry/citations.js";
import { expectDefined, expectEqual, expectTrue } from "./assert.js";
import { defineGroup } from "./define.js";
import { allPages, expectRejected, UNKNOWN_BACKUP_ID, UNKNOWN_CLUSTER_ID, VALIDATION_NAMES } from "./shared.js";

/** `count` fresh backups of the run's cluster, oldest first, with distinct CreateTimestamps. */
async function several(t: CheckContext, count: number): Promise<Backup[]> {
  const made: Backup[] = [];
  for (let i = 0; i < count; i++) {
    made.push(await t.fixtures.disposableBackup());
  }
  return made;
}

const ids = (list: readonly Backup[] | undefined) => (list ?? []).map((b) => b.BackupId);
const isSorted = (values: number[], ascending: boolean) =>
  values.every((v, i) => i === 0 || (ascending ? (values[i - 1] as number) <= v : (values[i - 1] as number) >= v));

export const describeBackupChecks = defineGroup("describe-backups", [
  {
    id: "DESC-FILTER-001",
    level: "required",
    title: "DescribeBackups with the backupIds filter returns only those backups",
    asserts: "Filtering on two of three fresh backups lists exactly those two.",
    citations: [C.filterBackupIds],
    needs: ["control"],
    async run(t) {
      const [a, , c] = (await several(t, 3)) as [Backup, Backup, Backup];
      const out = await t.client().describeBackups({ Filters: { backupIds: [a.BackupId, c.BackupId] } });
      expectEqual("listed ids", ids(out.Backups).sort().join(","), [a.BackupId, c.BackupId].sort().join(","));
    },
  },
  {
    id: "DESC-FILTER-002",
    level: "required",
    title: "DescribeBackups with the clusterIds filter returns only that cluster's backups",
    asserts:
      "Every backup listed under the run cluster's id has that ClusterId, and a fresh backup of it is among them.",
    citations: [C.filterClusterIds],
    needs: ["control"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const clusterId = expectDefined("ClusterId", backup.ClusterId);
      const { backups } = await allPages(t, { Filters: { clusterIds: [clusterId] } });
      expectTrue("the fresh backup is listed", ids(backups).includes(backup.BackupId));
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
      "Listing the run cluster's backups with states=[READY] returns only READY backups and includes a fresh one.",
    citations: [C.filterStates],
    needs: ["control"],
    async run(t) {
      const backup = await t.fixtures.disposableBackup();
      const clusterId = expectDefined("ClusterId", backup.ClusterId);
      const { backups } = await allPages(t, { Filters: { clusterIds: [clusterId], states: ["READY"] } });
      expectTrue("the fresh backup is listed", ids(backups).includes(backup.BackupId));
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
      "With copies of two different backups in the destination region, filtering on one source backup id lists exactly the copy made from it.",
    citations: [C.filterSourceBackupIds, C.copySourceBackupFilter],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const [first, second] = await several(t, 2);
      const to = t.region("second");
      const { copy } = await t.fixtures.copy((first as Backup).BackupId, t.regions.primary, to);
      const other = await t.fixtures.copy((second as Backup).BackupId, t.regions.primary, to);
      const out = await t.client(to).describeBackups({ Filters: { sourceBackupIds: [(first as Backup).BackupId] } });
      expectEqual("listed ids", ids(out.Backups).join(","), copy.BackupId);
      expectTrue("the other copy is not listed", !ids(out.Backups).includes(other.copy.BackupId));
    },
  },
  {
    id: "DESC-FILTER-005",
    level: "advisory",
    title: "DescribeBackups with a filter on an unknown id returns an empty list",
    asserts:
      "backupIds and clusterIds filters naming unknown well-formed ids give HTTP 200 and no backups (observed for clusters).",
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
    citations: [C.filterStates],
    needs: ["control"],
    async run(t) {
      const [ready, deleted] = (await several(t, 2)) as [Backup, Backup];
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
    asserts: "With SortAscending true, the CreateTimestamps of three fresh backups of one cluster come out ascending.",
    citations: [C.sortAscending],
    needs: ["control"],
    async run(t) {
      const made = await several(t, 3);
      const { backups } = await allPages(t, { Filters: { backupIds: ids(made) }, SortAscending: true });
      expectEqual("order", ids(backups).join(","), ids(made).join(","));
      expectTrue(
        "ascending CreateTimestamp",
        isSorted(
          backups.map((b) => b.CreateTimestamp ?? 0),
          true,
        ),
      );
    },
  },
  {
    id: "DESC-SORT-002",
    level: "advisory",
    title: "DescribeBackups without SortAscending lists backups newest first",
    asserts:
      "Without SortAscending, three fresh backups come out newest first (observed on AWS; no document states it).",
    citations: [C.newestFirstObserved],
    needs: ["control"],
    async run(t) {
      const made = await several(t, 3);
      const { backups } = await allPages(t, { Filters: { backupIds: ids(made) } });
      expectEqual("order", ids(backups).join(","), ids(made).reverse().join(","));
    },
  },
  {
    id: "DESC-PAGE-001",
    level: "required",
    title: "DescribeBackups pages through every backup exactly once",
    asserts:
      "With five backups and MaxResults 2, every page holds at most 2, every backup appears exactly once, and only the last page has no NextToken.",
    citations: [C.paginated, C.paginationEnd, C.maxResultsBackups],
    needs: ["control"],
    async run(t) {
      const made = await several(t, 5);
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
    asserts: "Paging four backups two at a time with SortAscending true yields them oldest first overall.",
    citations: [C.sortAscending, C.paginated],
    needs: ["control"],
    async run(t) {
      const made = await several(t, 4);
      const { backups } = await allPages(t, { Filters: { backupIds: ids(made) }, MaxResults: 2, SortAscending: true });
      expectEqual("order across pages", ids(backups).join(","), ids(made).join(","));
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
    asserts: "Both bounds are accepted; MaxResults 1 returns at most one backup.",
    citations: [C.maxResultsBackups],
    needs: [],
    async run(t) {
      const one = await t.client().describeBackups({ MaxResults: 1 });
      expectTrue("at most one backup", (one.Backups ?? []).length <= 1, ids(one.Backups));
      const fifty = await t.client().describeBackups({ MaxResults: 50 });
      expectTrue("at most fifty backups", (fifty.Backups ?? []).length <= 50);
    },
  },
  {
    id: "DESC-PAGE-005",
    level: "advisory",
    title: "DescribeBackups rejects a NextToken it did not issue",
    asserts: "A made-up NextToken gives HTTP 400 (UNDOC; the reference emulator uses CloudHsmInvalidRequestException).",
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
    citations: [C.paginationEnd],
    needs: ["control"],
    async run(t) {
      const made = await several(t, 2);
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
]);
