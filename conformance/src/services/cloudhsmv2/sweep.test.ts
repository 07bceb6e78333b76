import { startEmulator } from "@cloudhsm-kit/emulator";
import { describe, expect, it } from "vitest";
import { prepareTarget } from "../../runner/prepare.js";
import { CloudHsmContext } from "./context.js";
import { sweep } from "./sweep.js";

describe("sweep", () => {
  it("deletes the READY backups and clusters an earlier run tagged, and nothing else", async () => {
    const emulator = await startEmulator({ host: "127.0.0.1", port: 0 });
    try {
      // An earlier run that stopped before its cleanups: a cluster and a backup tagged with its run id.
      const earlier = await prepareTarget({ endpoint: emulator.url, runId: "run-old" });
      const t = new CloudHsmContext(earlier, "SWEEP");
      const backup = await t.fixtures.disposableBackup(t.regions.primary, [t.runTag]);
      const clusterId = backup.ClusterId as string;
      const mine = await t.client().createCluster({ HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] });
      const untagged = await t.fixtures.disposableBackup();
      // Backups may inherit their cluster's tags; this one must carry no run tag.
      await t.client().untagResource({ ResourceId: untagged.BackupId, TagKeyList: [t.runTag.Key] });

      const lines: string[] = [];
      const report = await sweep({ endpoint: emulator.url }, "run-old", (line) => lines.push(line));
      expect(report.failed).toEqual([]);
      expect(report.deleted).toEqual(
        expect.arrayContaining([`backup ${backup.BackupId} (us-east-1)`, `cluster ${clusterId} (us-east-1)`]),
      );
      expect(lines.some((line) => line.startsWith(`deleted HSM `) && line.endsWith(`of ${clusterId}`))).toBe(true);

      expect((await t.describeBackup(backup.BackupId))?.BackupState).toBe("PENDING_DELETION");
      expect((await t.describeBackup(untagged.BackupId))?.BackupState).toBe("READY");
      const clusters = new Map(
        ((await t.client().describeClusters({})).Clusters ?? []).map((c) => [c.ClusterId, c.State as string]),
      );
      expect(clusters.get(mine.Cluster?.ClusterId)).not.toMatch(/DELETE/);
    } finally {
      await emulator.close();
    }
  }, 60_000);

  it("waits for a tagged copy still in CREATE_IN_PROGRESS and deletes it once READY", async () => {
    // Copies and backups complete after one second of (real) time.
    const emulator = await startEmulator({ host: "127.0.0.1", port: 0, delays: { copy: 1, backupCreate: 1 } });
    try {
      const earlier = await prepareTarget({ endpoint: emulator.url, runId: "run-old" });
      const t = new CloudHsmContext(earlier, "SWEEP");
      const source = await t.fixtures.disposableBackup();
      await earlier.runCleanups.run(); // back to the one-second delays
      await t.control.advance(3600); // every backup the fixture started is READY
      const destination = earlier.regions.second as string;
      await t
        .client()
        .copyBackupToRegion({ BackupId: source.BackupId, DestinationRegion: destination, TagList: [t.runTag] });
      const listed = await t.client(destination).describeBackups({ Filters: { sourceBackupIds: [source.BackupId] } });
      const copy = listed.Backups?.[0];
      expect(copy?.BackupState).toBe("CREATE_IN_PROGRESS");

      const lines: string[] = [];
      const report = await sweep({ endpoint: emulator.url }, "run-old", (line) => lines.push(line));
      expect(report.failed).toEqual([]);
      expect(lines).toContain(`waiting for backup ${copy?.BackupId} (${destination}) to be READY`);
      expect(report.deleted).toContain(`backup ${copy?.BackupId} (${destination})`);
      expect((await t.describeBackup(copy?.BackupId as string, destination))?.BackupState).toBe("PENDING_DELETION");
    } finally {
      await emulator.close();
    }
  }, 60_000);
});
