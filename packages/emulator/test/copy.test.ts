import { describe, expect, it } from "vitest";
import { createHarness, withUndoc } from "./helpers.js";

/** CopyBackupToRegion (copy-backup-to-region.html; cloudhsmv2-api.md §2.1, §5(a)–(d); observed §2). */
describe("CopyBackupToRegion", () => {
  it("creates a CREATE_IN_PROGRESS copy in the destination that becomes READY, with the documented fields", async () => {
    const h = createHarness();
    const { clusterId, backupId } = await h.activeCluster({ tags: [{ Key: "team", Value: "hsm" }] });
    const source = await h.describeBackup(backupId);
    const before = await h.control.now();
    const { DestinationBackup } = await h.ok("CopyBackupToRegion", {
      BackupId: backupId,
      DestinationRegion: "us-west-2",
    });
    expect(DestinationBackup).toEqual({
      CreateTimestamp: source.CreateTimestamp,
      SourceRegion: "us-east-1",
      SourceBackup: backupId,
      SourceCluster: clusterId,
    });
    const west = { region: "us-west-2" };
    const found = await h.ok("DescribeBackups", { Filters: { sourceBackupIds: [backupId] } }, west);
    expect(found.Backups).toHaveLength(1);
    const copy = found.Backups[0];
    expect(copy.BackupState).toBe("CREATE_IN_PROGRESS");
    expect(copy.BackupId).not.toBe(backupId);
    expect(copy.BackupArn).toBe(`arn:aws:cloudhsm:us-west-2:123456789012:backup/${copy.BackupId}`);
    expect(copy).not.toHaveProperty("ClusterId");
    expect(copy.CreateTimestamp).toBe(source.CreateTimestamp);
    expect(copy.CopyTimestamp).toBeGreaterThanOrEqual(before);
    expect(copy).toMatchObject({ SourceRegion: "us-east-1", SourceBackup: backupId, SourceCluster: clusterId });
    expect(copy.TagList).toEqual([{ Key: "team", Value: "hsm" }]); // omitted TagList: the source's tags
    await h.control.advance(h.emu.settings().delays.copy);
    expect((await h.describeBackup(copy.BackupId, west)).BackupState).toBe("READY");
    expect((await h.describeBackup(backupId)).BackupState).toBe("READY"); // source unchanged
  });

  it("a given TagList becomes exactly the copy's tags; the source keeps its own", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster({ tags: [{ Key: "team", Value: "hsm" }] });
    await h.ok("CopyBackupToRegion", {
      BackupId: backupId,
      DestinationRegion: "eu-west-1",
      TagList: [{ Key: "dr", Value: "yes" }],
    });
    const copy = (await h.ok("DescribeBackups", { Filters: { sourceBackupIds: [backupId] } }, { region: "eu-west-1" }))
      .Backups[0];
    expect(copy.TagList).toEqual([{ Key: "dr", Value: "yes" }]);
    expect((await h.ok("ListTags", { ResourceId: copy.BackupId }, { region: "eu-west-1" })).TagList).toEqual([
      { Key: "dr", Value: "yes" },
    ]);
    expect((await h.describeBackup(backupId)).TagList).toEqual([{ Key: "team", Value: "hsm" }]);
  });

  it("refuses a copy to the same region, across partitions, or into an unserved region", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster();
    for (const DestinationRegion of ["us-east-1", "us-gov-west-1", "cn-north-1", "zz-east-1"]) {
      const r = await h.call("CopyBackupToRegion", { BackupId: backupId, DestinationRegion });
      expect(r.status, DestinationRegion).toBe(400);
      expect(r.body.__type).toBe("CloudHsmInvalidRequestException");
    }
    // ISO and EUSC names fail the model's Region pattern (cloudhsmv2-api.md §1.2).
    const iso = await h.call("CopyBackupToRegion", { BackupId: backupId, DestinationRegion: "us-iso-east-1" });
    expect(iso.body.Message).toContain("at 'destinationRegion'");
    const none = await h.ok(
      "DescribeBackups",
      { Filters: { sourceBackupIds: [backupId] } },
      { region: "us-gov-west-1" },
    );
    expect(none.Backups).toEqual([]);
  });

  it("copies between the two GovCloud regions, and within China, but not between them", async () => {
    const h = createHarness();
    const gov = await h.activeCluster({ region: "us-gov-east-1" });
    await h.ok(
      "CopyBackupToRegion",
      { BackupId: gov.backupId, DestinationRegion: "us-gov-west-1" },
      { region: "us-gov-east-1" },
    );
    const copy = (await h.ok("DescribeBackups", {}, { region: "us-gov-west-1" })).Backups[0];
    expect(copy.BackupArn).toMatch(/^arn:aws-us-gov:cloudhsm:us-gov-west-1:/);
    const cn = await h.activeCluster({ region: "cn-north-1" });
    await h.ok(
      "CopyBackupToRegion",
      { BackupId: cn.backupId, DestinationRegion: "cn-northwest-1" },
      { region: "cn-north-1" },
    );
    const out = await h.call(
      "CopyBackupToRegion",
      { BackupId: cn.backupId, DestinationRegion: "us-gov-west-1" },
      { region: "cn-north-1" },
    );
    expect(out.body.__type).toBe("CloudHsmInvalidRequestException");
  });

  it("refuses a source that is not READY: in progress, pending deletion, deleted; unknown → not found", async () => {
    const h = createHarness();
    const { clusterId, backupId } = await h.activeCluster();
    const pending = await h.control.backupNow(clusterId);
    const inProgress = await h.call("CopyBackupToRegion", {
      BackupId: pending.BackupId,
      DestinationRegion: "us-west-2",
    });
    expect(inProgress.body.__type).toBe("CloudHsmInvalidRequestException");
    await h.ok("DeleteBackup", { BackupId: backupId });
    const deleting = await h.call("CopyBackupToRegion", { BackupId: backupId, DestinationRegion: "us-west-2" });
    expect(deleting.body.__type).toBe("CloudHsmInvalidRequestException");
    await h.control.advance(7 * 86_400);
    const deleted = await h.call("CopyBackupToRegion", { BackupId: backupId, DestinationRegion: "us-west-2" });
    expect(deleted.body.__type).toBe("CloudHsmInvalidRequestException");
    const unknown = await h.call("CopyBackupToRegion", {
      BackupId: "backup-abcdefghijk",
      DestinationRegion: "us-west-2",
    });
    expect(unknown.body.__type).toBe("CloudHsmResourceNotFoundException");
  });

  it("an injected failure leaves the copy CREATE_IN_PROGRESS, then DELETED; a fault is used once", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster();
    await h.control.failNextCopy({ DestinationRegion: "us-west-2" });
    await h.ok("CopyBackupToRegion", { BackupId: backupId, DestinationRegion: "eu-west-1" }); // does not match
    await h.ok("CopyBackupToRegion", { BackupId: backupId, DestinationRegion: "us-west-2" });
    await h.ok("CopyBackupToRegion", { BackupId: backupId, DestinationRegion: "us-west-2" });
    await h.control.advance(h.emu.settings().delays.copy);
    const west = (await h.ok("DescribeBackups", { SortAscending: true }, { region: "us-west-2" })).Backups;
    expect(west.map((b: { BackupState: string }) => b.BackupState).sort()).toEqual(["DELETED", "READY"]);
    const eu = (await h.ok("DescribeBackups", {}, { region: "eu-west-1" })).Backups;
    expect(eu[0].BackupState).toBe("READY");
  });

  it("copies are outside retention: no cluster, never purged", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster();
    await h.ok("CopyBackupToRegion", { BackupId: backupId, DestinationRegion: "us-west-2" });
    await h.control.advance(400 * 86_400);
    const copy = (await h.ok("DescribeBackups", {}, { region: "us-west-2" })).Backups[0];
    expect(copy.BackupState).toBe("READY");
  });

  it("by default requires BackupId as AWS's model does; ClusterId alone is a validation error", async () => {
    const h = createHarness();
    const { clusterId } = await h.activeCluster();
    const r = await h.call("CopyBackupToRegion", { ClusterId: clusterId, DestinationRegion: "us-west-2" });
    expect(r.status).toBe(400);
    expect(r.body.Message).toContain("Value null at 'backupId'");
  });

  it("legacy option: ClusterId alone copies the newest READY backup; BackupId wins when both are given", async () => {
    const h = createHarness({ legacyClusterIdCopy: true });
    const { clusterId, backupId: first } = await h.activeCluster();
    await h.control.advance(60);
    const second = await h.control.backupNow(clusterId);
    await h.control.advance(h.emu.settings().delays.backupCreate);
    const third = await h.control.backupNow(clusterId); // still CREATE_IN_PROGRESS: not "available"
    const byCluster = await h.ok("CopyBackupToRegion", { ClusterId: clusterId, DestinationRegion: "us-west-2" });
    expect(byCluster.DestinationBackup.SourceBackup).toBe(second.BackupId);
    expect(third.BackupState).toBe("CREATE_IN_PROGRESS");
    const both = await h.ok("CopyBackupToRegion", {
      ClusterId: clusterId,
      BackupId: first,
      DestinationRegion: "us-west-2",
    });
    expect(both.DestinationBackup.SourceBackup).toBe(first);
    const unknown = await h.call("CopyBackupToRegion", {
      ClusterId: "cluster-abcdefghijk",
      DestinationRegion: "us-west-2",
    });
    expect(unknown.body.__type).toBe("CloudHsmResourceNotFoundException");
  });

  it("the legacy option can be switched on through the control API", async () => {
    const h = createHarness();
    const { clusterId, backupId } = await h.activeCluster();
    await h.control.putSettings({ legacyClusterIdCopy: true });
    const r = await h.ok("CopyBackupToRegion", { ClusterId: clusterId, DestinationRegion: "us-west-2" });
    expect(r.DestinationBackup.SourceBackup).toBe(backupId);
  });

  it("a copy of a copy has no SourceCluster, unless UNDOC.copyOfCopyKeepsSourceCluster", async () => {
    const h = createHarness({ delays: { copy: 0 } });
    const { clusterId, backupId } = await h.activeCluster();
    const west = { region: "us-west-2" };
    await h.ok("CopyBackupToRegion", { BackupId: backupId, DestinationRegion: "us-west-2" });
    await h.control.advance(0);
    const first = (await h.ok("DescribeBackups", { Filters: { sourceBackupIds: [backupId] } }, west)).Backups[0];
    expect(first).toMatchObject({ BackupState: "READY", SourceCluster: clusterId });
    const copyOfCopy = async () =>
      (await h.ok("CopyBackupToRegion", { BackupId: first.BackupId, DestinationRegion: "eu-west-1" }, west))
        .DestinationBackup;
    expect(await copyOfCopy()).toEqual({
      CreateTimestamp: first.CreateTimestamp,
      SourceRegion: "us-west-2",
      SourceBackup: first.BackupId,
    });
    await withUndoc("copyOfCopyKeepsSourceCluster", true, async () => {
      expect((await copyOfCopy()).SourceCluster).toBe(clusterId);
    });
  });
});
