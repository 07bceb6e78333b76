import type { FetchLike } from "./faulty-fetch.js";
import { walkBackup } from "./traffic-backup.js";
import { walkBackupPlans } from "./traffic-backup-plans.js";
import { walkBackupRefusals } from "./traffic-backup-refusals.js";
import { walkBackupRules } from "./traffic-backup-rules.js";
import { walkClusterLifecycle, walkSharing } from "./traffic-clusters.js";
import {
  activeCluster,
  manyTags,
  newBackup,
  PRIMARY,
  SECOND,
  SECOND_ACCOUNT,
  sharePolicy,
  tag,
  UNKNOWN_BACKUP_ID,
  walkOver,
} from "./traffic-walk.js";

/**
 * A fixed walk through the API that sends, at least once, the traffic each fault rewrites: copies in every
 * state, tags given and omitted, delete and restore, filters, pages, bad input, unknown targets and raw wire
 * requests, and AWS Backup's cross-Region copy (traffic-backup.ts). The table test runs it once per fault (against the emulator core, no sockets) and expects the fault
 * to change something. Steps that the fault makes fail are expected: the walk goes on.
 */
/** Runs the walk through `fetchImpl`; returns the steps that failed (for diagnosis only). */
export async function runTrafficScenario(fetchImpl: FetchLike): Promise<string[]> {
  const w = walkOver(fetchImpl);
  const { clusterId, backupId } = await activeCluster(w);
  const other = await newBackup(w, clusterId);
  const c = w.client();
  const west = w.client(SECOND);

  await w.step("tag, overwrite, list and untag", async () => {
    await c.tagResource({ ResourceId: backupId, TagList: [tag("team", "a"), tag("env", "test")] });
    await c.tagResource({ ResourceId: backupId, TagList: [tag("team", "b")] });
    await c.listTags({ ResourceId: backupId });
    await c.listTags({ ResourceId: backupId, MaxResults: 1 });
    await c.untagResource({ ResourceId: backupId, TagKeyList: ["env"] });
  });
  await w.step("copy with and without TagList, then list the copies", async () => {
    await c.copyBackupToRegion({ BackupId: backupId, DestinationRegion: SECOND, TagList: [tag("given")] });
    await c.copyBackupToRegion({ BackupId: other, DestinationRegion: SECOND });
    await west.describeBackups({ Filters: { sourceBackupIds: [backupId, other] } });
    await w.control.advance(400);
    await west.describeBackups({ Filters: { sourceBackupIds: [backupId, other] } });
  });
  await w.step("look for the copies in the source region", () =>
    c.describeBackups({ Filters: { sourceBackupIds: [backupId, other] } }),
  );
  await w.step("a copy that fails", async () => {
    await w.control.failNextCopy({ BackupId: other, DestinationRegion: "eu-west-1" });
    await c.copyBackupToRegion({ BackupId: other, DestinationRegion: "eu-west-1" });
    await w.control.advance(400);
    await w.client("eu-west-1").describeBackups({ Filters: { sourceBackupIds: [other] } });
  });
  await w.step("copy the copy that failed", async () => {
    const there = w.client("eu-west-1");
    const failed = (await there.describeBackups({ Filters: { sourceBackupIds: [other] } })).Backups?.[0];
    await there.copyBackupToRegion({ BackupId: failed?.BackupId ?? UNKNOWN_BACKUP_ID, DestinationRegion: SECOND });
  });
  await w.step("legacy ClusterId", async () => {
    await c.send("CopyBackupToRegion", { BackupId: backupId, ClusterId: clusterId, DestinationRegion: SECOND });
    await c.send("CopyBackupToRegion", { ClusterId: clusterId, DestinationRegion: SECOND } as never);
  });
  await w.step("copy without a backup id", () => c.send("CopyBackupToRegion", { DestinationRegion: SECOND } as never));
  await w.step("copy to an ISO region", () =>
    c.copyBackupToRegion({ BackupId: backupId, DestinationRegion: "us-iso-east-1" }),
  );
  await w.step("copy to GovCloud", () =>
    c.copyBackupToRegion({ BackupId: backupId, DestinationRegion: "us-gov-west-1" }),
  );
  await w.step("copy GovCloud east to west", () =>
    w.client("us-gov-east-1").copyBackupToRegion({ BackupId: UNKNOWN_BACKUP_ID, DestinationRegion: "us-gov-west-1" }),
  );
  await w.step("delete", () => c.deleteBackup({ BackupId: other }));
  await w.step("delete another account's backup", () =>
    w.client(PRIMARY, SECOND_ACCOUNT).deleteBackup({ BackupId: backupId }),
  );
  await w.step("share a backup pending deletion", async () => {
    const arn = (await c.describeBackups({ Filters: { backupIds: [other] } })).Backups?.[0]?.BackupArn ?? "";
    await c.putResourcePolicy({ ResourceArn: arn, Policy: sharePolicy(arn) });
  });
  await w.step("a cluster from a backup not shared with the caller", async () => {
    const arn = (await c.describeBackups({ Filters: { backupIds: [other] } })).Backups?.[0]?.BackupArn ?? "";
    const asOther = w.client(PRIMARY, SECOND_ACCOUNT);
    await asOther.createCluster({
      HsmType: "hsm2m.medium",
      SubnetIds: ["subnet-0123456789abcdef0"],
      SourceBackupId: arn,
    });
  });
  await w.step("list the copy of a backup pending deletion", () =>
    west.describeBackups({ Filters: { sourceBackupIds: [other] } }),
  );
  await w.step("list pending deletion", () => c.describeBackups({ Filters: { states: ["PENDING_DELETION"] } }));
  await w.step("delete again", () => c.deleteBackup({ BackupId: other }));
  await w.step("restore", () => c.restoreBackup({ BackupId: other }));
  await w.step("describe restored", () => c.describeBackups({ Filters: { backupIds: [other] } }));
  await w.step("restore a READY backup", () => c.restoreBackup({ BackupId: backupId }));
  await w.step("never expires", () => c.modifyBackupAttributes({ BackupId: backupId, NeverExpires: true }));
  await w.step("neverExpires filter", () => c.describeBackups({ Filters: { neverExpires: ["true"] } }));
  await w.step("filters", () =>
    c.describeBackups({ Filters: { states: ["READY"], clusterIds: [clusterId] }, Shared: true }),
  );
  await walkSharing(w, backupId);
  await w.step("list by cluster", () => c.describeBackups({ Filters: { clusterIds: [clusterId] } }));
  await w.step("ascending", () => c.describeBackups({ SortAscending: true }));
  await w.step("two pages", async () => {
    const first = await c.describeBackups({ MaxResults: 1 });
    await c.describeBackups({ MaxResults: 1, ...(first.NextToken ? { NextToken: first.NextToken } : {}) });
  });
  await w.step("one full page", () => c.describeBackups({ MaxResults: 50 }));
  await w.step("MaxResults 51", () =>
    w.raw({ region: PRIMARY, target: "DescribeBackups", body: JSON.stringify({ MaxResults: 51 }) }),
  );
  await w.step("51 tags", () => c.tagResource({ ResourceId: other, TagList: manyTags(51, "over") }));
  await w.step("no tags", () => c.tagResource({ ResourceId: other, TagList: [] as never }));
  await w.step("copy with no tags", () =>
    c.copyBackupToRegion({ BackupId: other, DestinationRegion: SECOND, TagList: [] as never }),
  );
  await w.step("tags at the edges of the model", () =>
    c.tagResource({
      ResourceId: backupId,
      TagList: [tag("empty-value", ""), tag("Schlüssel 鍵", "Wert 値"), tag(`k${"K".repeat(127)}`, "V".repeat(256))],
    }),
  );
  await w.step("50 tags", () => c.tagResource({ ResourceId: backupId, TagList: manyTags(50, "full") }));
  await w.step("one tag more", () => c.tagResource({ ResourceId: backupId, TagList: [tag("one-more")] }));
  await w.step("malformed id", () =>
    w.raw({ region: PRIMARY, target: "DeleteBackup", body: JSON.stringify({ BackupId: "not-a-backup" }) }),
  );
  await w.step("unknown id", () => c.deleteBackup({ BackupId: UNKNOWN_BACKUP_ID }));
  const policy = { Type: "DAYS" as const, Value: "5" };
  await w.step("retention at the lower bound", () =>
    c.modifyCluster({ ClusterId: clusterId, BackupRetentionPolicy: { Type: "DAYS", Value: "7" } }),
  );
  await w.step("retention out of range", () =>
    c.modifyCluster({ ClusterId: clusterId, BackupRetentionPolicy: policy }),
  );
  await w.step("cluster with retention out of range", () =>
    c.createCluster({
      HsmType: "hsm2m.medium",
      SubnetIds: ["subnet-0123456789abcdef0"],
      BackupRetentionPolicy: policy,
    }),
  );
  await w.step("cluster from a backup", () =>
    c.createCluster({ HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"], SourceBackupId: backupId }),
  );
  await w.step("empty body", () => w.raw({ region: PRIMARY, target: "DescribeBackups", body: "" }));
  await w.step("unknown target", () => w.raw({ region: PRIMARY, target: "NoSuchOperation", body: "{}" }));
  await w.step("GET", () => w.raw({ region: PRIMARY, method: "GET", target: "DescribeBackups" }));
  await walkClusterLifecycle(w, clusterId);
  await w.step("AWS Backup's cross-Region copy", () => walkBackup(w, fetchImpl));
  await w.step("AWS Backup's plans", () => walkBackupPlans(w, fetchImpl));
  await w.step("AWS Backup copies refused or failed", () => walkBackupRefusals(w, fetchImpl));
  await w.step("AWS Backup's partition, Region and resource-type rules", () => walkBackupRules(w, fetchImpl));
  return w.failures;
}
