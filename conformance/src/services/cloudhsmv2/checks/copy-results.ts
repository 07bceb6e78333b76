import { expectDefined, expectEqual, expectTrue } from "../../../harness/assert.js";
import { C } from "../citations.js";
import type { Backup, Check, CloudHsmContext } from "../context.js";

/** A READY source backup and its copy in the second region (settled to READY). */
async function sourceAndCopy(
  t: CloudHsmContext,
): Promise<{ source: Backup; copy: Backup; to: string; output: unknown }> {
  const source = await t.fixtures.readyBackup();
  const to = t.region("second");
  const { output, copy } = await t.copies.readyCopyOf(source.BackupId, t.regions.primary, to);
  return { source, copy, to, output };
}

export const copyResultChecks: readonly Check[] = [
  {
    id: "COPY-OUT-001",
    level: "required",
    title: "CopyBackupToRegion returns the source backup, cluster, region and CreateTimestamp",
    asserts:
      "DestinationBackup has SourceBackup = the BackupId sent, SourceCluster = the source's ClusterId, SourceRegion = the region called and CreateTimestamp = the source's CreateTimestamp.",
    citations: [C.copyOutput, C.copyCreateTimestamp],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const source = await t.fixtures.readyBackup();
      const { output } = await t.copies.copy(source.BackupId, t.regions.primary, t.region("second"));
      const d = expectDefined("DestinationBackup", output.DestinationBackup);
      expectEqual("DestinationBackup.SourceBackup", d.SourceBackup, source.BackupId);
      expectEqual("DestinationBackup.SourceCluster", d.SourceCluster, source.ClusterId);
      expectEqual("DestinationBackup.SourceRegion", d.SourceRegion, t.regions.primary);
      expectEqual("DestinationBackup.CreateTimestamp", d.CreateTimestamp, source.CreateTimestamp);
    },
  },
  {
    id: "COPY-OUT-002",
    level: "required",
    title: "A copied backup keeps the source backup's CreateTimestamp",
    asserts: "The copy listed in the destination region has the same CreateTimestamp as the source backup.",
    citations: [C.copyCreateTimestamp],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const { source, copy } = await sourceAndCopy(t);
      expectEqual("CreateTimestamp of the copy", copy.CreateTimestamp, source.CreateTimestamp);
    },
  },
  {
    id: "COPY-OUT-003",
    level: "required",
    title: "A copied backup names its source backup, cluster and region and when it was copied",
    asserts:
      "The copy has SourceBackup, SourceCluster and SourceRegion equal to the source's id, cluster and region, a numeric CopyTimestamp not before the source's CreateTimestamp, and its own BackupId.",
    citations: [C.backupCopiedFields],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const { source, copy } = await sourceAndCopy(t);
      expectEqual("SourceBackup", copy.SourceBackup, source.BackupId);
      expectEqual("SourceCluster", copy.SourceCluster, source.ClusterId);
      expectEqual("SourceRegion", copy.SourceRegion, t.regions.primary);
      expectTrue(
        "CopyTimestamp is a number not before the source's CreateTimestamp",
        typeof copy.CopyTimestamp === "number" && copy.CopyTimestamp >= (source.CreateTimestamp ?? 0),
        copy.CopyTimestamp,
      );
      expectTrue("the copy has its own BackupId", copy.BackupId !== source.BackupId, copy.BackupId);
    },
  },
  {
    id: "COPY-OUT-004",
    level: "required",
    title: "A copied backup is not associated with the source cluster",
    asserts:
      "DescribeBackups in the destination region with the clusterIds filter set to the source cluster does not list the copy.",
    citations: [C.copyNoRetention],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const { source, copy, to } = await sourceAndCopy(t);
      const clusterId = expectDefined("ClusterId of the source", source.ClusterId);
      const out = await t.client(to).describeBackups({ Filters: { clusterIds: [clusterId] } });
      expectTrue(
        "the copy is not listed under the source cluster",
        !(out.Backups ?? []).some((b) => b.BackupId === copy.BackupId),
        out.Backups?.map((b) => b.BackupId),
      );
    },
  },
  {
    id: "COPY-OUT-005",
    level: "advisory",
    title: "A copied backup has no ClusterId",
    asserts:
      "The copy carries SourceCluster but no ClusterId (INFER from 'no longer associated with a cluster'; the Backup shape says all backups contain ClusterId).",
    undocumented:
      "whether a copy lists a ClusterId (the Backup shape says every backup has one; the user guide says a copy has no cluster)",
    citations: [C.copyNoRetention, C.backupAllFields],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const { copy } = await sourceAndCopy(t);
      expectEqual("ClusterId of the copy", copy.ClusterId, undefined);
    },
  },
  {
    id: "COPY-OUT-006",
    level: "required",
    title: "A copied backup is listed only in the destination region",
    asserts:
      "DescribeBackups in the source region with the sourceBackupIds filter does not list the copy; the destination region does.",
    citations: [C.copySourceBackupFilter, C.filterSourceBackupIds],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const { source, copy } = await sourceAndCopy(t);
      const here = await t.copiesOf(source.BackupId, t.regions.primary);
      expectTrue(
        "no copy is listed in the source region",
        here.length === 0,
        here.map((b) => b.BackupId),
      );
      expectEqual("the copy in the destination", copy.SourceBackup, source.BackupId);
    },
  },
  {
    id: "COPY-OUT-007",
    level: "advisory",
    title: "A copied backup can itself be copied back to the source region",
    asserts:
      "Copying the READY copy back to the primary region is accepted and its copy names the copy as SourceBackup (UNDOC: the documents speak of copying a cluster's backup).",
    undocumented: "whether a copy can itself be copied",
    citations: [C.copyReady, C.copyDifferentRegion],
    needs: ["ready-backup", "second-region"],
    async run(t) {
      const { copy, to } = await sourceAndCopy(t);
      const back = await t.copies.copy(copy.BackupId, to, t.regions.primary);
      expectEqual("SourceBackup of the copy of the copy", back.copy.SourceBackup, copy.BackupId);
      expectEqual("SourceRegion of the copy of the copy", back.copy.SourceRegion, to);
    },
  },
];
