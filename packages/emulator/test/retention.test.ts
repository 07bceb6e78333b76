import { describe, expect, it } from "vitest";
import { createHarness } from "./helpers.js";

const DAY = 86_400;

/** Retention (manage-backup-retention; cloudhsmv2-api.md §5(e)). */
describe("backup retention", () => {
  it("defaults to 90 days and accepts 7–379 days only", async () => {
    const h = createHarness();
    const { Cluster } = await h.ok("CreateCluster", {
      HsmType: "hsm2m.medium",
      SubnetIds: ["subnet-0123456789abcdef0"],
    });
    expect(Cluster.BackupRetentionPolicy).toEqual({ Type: "DAYS", Value: "90" });
    for (const Value of ["6", "380", "0"]) {
      const r = await h.call("ModifyCluster", {
        ClusterId: Cluster.ClusterId,
        BackupRetentionPolicy: { Type: "DAYS", Value },
      });
      expect(r.status, Value).toBe(400);
      expect(r.body.__type).toBe("CloudHsmInvalidRequestException");
    }
    for (const Value of ["7", "379", "030"]) {
      const r = await h.ok("ModifyCluster", {
        ClusterId: Cluster.ClusterId,
        BackupRetentionPolicy: { Type: "DAYS", Value },
      });
      expect(r.Cluster.BackupRetentionPolicy.Value).toBe(String(Number(Value)));
    }
    const create = await h.call("CreateCluster", {
      HsmType: "hsm2m.medium",
      SubnetIds: ["subnet-0123456789abcdef0"],
      BackupRetentionPolicy: { Type: "DAYS", Value: "400" },
    });
    expect(create.body.__type).toBe("CloudHsmInvalidRequestException");
  });

  it("purges expired backups into PENDING_DELETION, sparing NeverExpires and the cluster's last backup", async () => {
    const h = createHarness();
    const { clusterId, backupId: oldest } = await h.activeCluster();
    await h.ok("ModifyCluster", { ClusterId: clusterId, BackupRetentionPolicy: { Type: "DAYS", Value: "7" } });
    const { Hsms } = (await h.ok("DescribeClusters", { Filters: { clusterIds: [clusterId] } })).Clusters[0];
    // Remove the only HSM so that the daily schedule makes no more backups.
    await h.ok("DeleteHsm", { ClusterId: clusterId, HsmId: Hsms[0].HsmId });
    await h.control.advance(h.emu.settings().delays.hsmDelete + h.emu.settings().delays.backupCreate);
    const all = (await h.ok("DescribeBackups", { Filters: { clusterIds: [clusterId] }, SortAscending: true })).Backups;
    expect(all).toHaveLength(2);
    const [first, last] = all as { BackupId: string }[];
    expect(first?.BackupId).toBe(oldest);
    await h.control.advance(8 * DAY);
    expect((await h.describeBackup(oldest)).BackupState).toBe("PENDING_DELETION");
    expect((await h.describeBackup(last?.BackupId as string)).BackupState).toBe("READY"); // the last backup stays
    // Purged backups can be restored like deleted ones; with the policy unchanged they are purged again.
    await h.ok("RestoreBackup", { BackupId: oldest });
    expect((await h.describeBackup(oldest)).BackupState).toBe("PENDING_DELETION");
    await h.ok("ModifyCluster", { ClusterId: clusterId, BackupRetentionPolicy: { Type: "DAYS", Value: "379" } });
    await h.ok("RestoreBackup", { BackupId: oldest });
    await h.control.advance(DAY);
    expect((await h.describeBackup(oldest)).BackupState).toBe("READY");
  });

  it("NeverExpires backups are never purged", async () => {
    const h = createHarness();
    const { clusterId, backupId } = await h.activeCluster();
    await h.ok("ModifyBackupAttributes", { BackupId: backupId, NeverExpires: true });
    await h.ok("ModifyCluster", { ClusterId: clusterId, BackupRetentionPolicy: { Type: "DAYS", Value: "7" } });
    await h.control.advance(30 * DAY);
    expect((await h.describeBackup(backupId)).BackupState).toBe("READY");
    const expiring = await h.ok("DescribeBackups", { Filters: { clusterIds: [clusterId], neverExpires: ["false"] } });
    expect(expiring.Backups.some((b: { BackupId: string }) => b.BackupId === backupId)).toBe(false);
    const kept = await h.ok("DescribeBackups", { Filters: { neverExpires: ["true"] } });
    expect(kept.Backups.map((b: { BackupId: string }) => b.BackupId)).toEqual([backupId]);
    // Daily backups with a 7-day policy: only about a week of them is READY.
    const ready = await h.ok("DescribeBackups", { Filters: { clusterIds: [clusterId], states: ["READY"] } });
    expect(ready.Backups.length).toBeLessThanOrEqual(9);
    expect(ready.Backups.length).toBeGreaterThanOrEqual(7);
  });
});
