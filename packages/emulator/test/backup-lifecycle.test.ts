import { describe, expect, it } from "vitest";
import { createHarness } from "./helpers.js";

const DAY = 86_400;

/** Backup states (cloudhsmv2-api.md §5(b); user guide manage-backups, delete-restore-backup). */
describe("backup lifecycle", () => {
  it("DeleteBackup → PENDING_DELETION with DeleteTimestamp 7 days after the call", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster();
    const before = await h.control.now();
    const { Backup } = await h.ok("DeleteBackup", { BackupId: backupId });
    expect(Backup.BackupState).toBe("PENDING_DELETION");
    expect(Backup.DeleteTimestamp - before).toBeGreaterThanOrEqual(7 * DAY);
    expect(Backup.DeleteTimestamp - before).toBeLessThan(7 * DAY + 5);
    expect(await h.describeBackup(backupId)).toEqual(Backup);
  });

  it("refuses to delete a backup that is not READY, changing nothing", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster();
    const { Backup } = await h.ok("DeleteBackup", { BackupId: backupId });
    const again = await h.call("DeleteBackup", { BackupId: backupId });
    expect(again.status).toBe(400);
    expect(again.body.__type).toBe("CloudHsmInvalidRequestException");
    expect(await h.describeBackup(backupId)).toEqual(Backup);
  });

  it("RestoreBackup → READY and drops DeleteTimestamp; refused on a READY backup", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster();
    const ready = await h.call("RestoreBackup", { BackupId: backupId });
    expect(ready.body.__type).toBe("CloudHsmInvalidRequestException");
    await h.ok("DeleteBackup", { BackupId: backupId });
    await h.control.advance(6 * DAY);
    const { Backup } = await h.ok("RestoreBackup", { BackupId: backupId });
    expect(Backup.BackupState).toBe("READY");
    expect(Backup).not.toHaveProperty("DeleteTimestamp");
  });

  it("after 7 days the backup is DELETED for good, then no longer listed", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster();
    await h.ok("DeleteBackup", { BackupId: backupId });
    await h.control.advance(7 * DAY);
    expect((await h.describeBackup(backupId)).BackupState).toBe("DELETED");
    const restore = await h.call("RestoreBackup", { BackupId: backupId });
    expect(restore.body.__type).toBe("CloudHsmInvalidRequestException");
    await h.control.advance(DAY);
    expect(await h.describeBackup(backupId)).toBeUndefined();
    expect((await h.call("RestoreBackup", { BackupId: backupId })).body.__type).toBe(
      "CloudHsmResourceNotFoundException",
    );
  });

  it("a restored then re-deleted backup gets a fresh 7-day window", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster();
    await h.ok("DeleteBackup", { BackupId: backupId });
    await h.control.advance(5 * DAY);
    await h.ok("RestoreBackup", { BackupId: backupId });
    await h.ok("DeleteBackup", { BackupId: backupId });
    await h.control.advance(3 * DAY); // past the first window, inside the second
    expect((await h.describeBackup(backupId)).BackupState).toBe("PENDING_DELETION");
  });

  it("ModifyBackupAttributes sets NeverExpires on READY backups only", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster();
    const { Backup } = await h.ok("ModifyBackupAttributes", { BackupId: backupId, NeverExpires: true });
    expect(Backup.NeverExpires).toBe(true);
    await h.ok("DeleteBackup", { BackupId: backupId });
    const r = await h.call("ModifyBackupAttributes", { BackupId: backupId, NeverExpires: false });
    expect(r.body.__type).toBe("CloudHsmInvalidRequestException");
    expect((await h.describeBackup(backupId)).NeverExpires).toBe(true);
  });

  it("backs up on activation, on HSM add and removal, and every 24 hours", async () => {
    const h = createHarness();
    const { clusterId } = await h.activeCluster();
    const count = async () =>
      (await h.ok("DescribeBackups", { Filters: { clusterIds: [clusterId] } })).Backups.length as number;
    expect(await count()).toBe(1);
    const { Hsm } = await h.ok("CreateHsm", { ClusterId: clusterId, AvailabilityZone: "us-east-1a" });
    const delays = h.emu.settings().delays;
    await h.control.advance(delays.hsmCreate);
    expect(await count()).toBe(2);
    await h.ok("DeleteHsm", { ClusterId: clusterId, HsmId: Hsm.HsmId });
    await h.control.advance(delays.hsmDelete);
    expect(await count()).toBe(3);
    const { Backups } = await h.ok("DescribeBackups", { Filters: { clusterIds: [clusterId] }, SortAscending: true });
    const firstAt = Backups[0].CreateTimestamp as number;
    await h.control.advance(3 * DAY);
    const daily = (await h.ok("DescribeBackups", { Filters: { clusterIds: [clusterId] }, SortAscending: true }))
      .Backups as { CreateTimestamp: number; BackupState: string }[];
    expect(daily).toHaveLength(6);
    // The scheduled ones run at activation + n × 24 h, whatever the size of the clock step.
    expect(daily.slice(3).map((b) => Math.round(b.CreateTimestamp - firstAt))).toEqual([DAY, 2 * DAY, 3 * DAY]);
    expect(daily.every((b) => b.BackupState === "READY")).toBe(true);
  });

  it("a new backup is CREATE_IN_PROGRESS until the backupCreate delay has passed", async () => {
    const h = createHarness();
    const { clusterId } = await h.activeCluster();
    const b = await h.control.backupNow(clusterId);
    expect(b.BackupState).toBe("CREATE_IN_PROGRESS");
    expect((await h.describeBackup(b.BackupId)).BackupState).toBe("CREATE_IN_PROGRESS");
    const del = await h.call("DeleteBackup", { BackupId: b.BackupId });
    expect(del.body.__type).toBe("CloudHsmInvalidRequestException");
    await h.control.advance(h.emu.settings().delays.backupCreate);
    expect((await h.describeBackup(b.BackupId)).BackupState).toBe("READY");
  });

  it("an unknown but well-formed backup ID is CloudHsmResourceNotFoundException (400)", async () => {
    const h = createHarness();
    for (const op of ["DeleteBackup", "RestoreBackup"]) {
      const r = await h.call(op, { BackupId: "backup-abcdefghijk" });
      expect(r.status).toBe(400);
      expect(r.body.__type).toBe("CloudHsmResourceNotFoundException");
    }
  });
});
