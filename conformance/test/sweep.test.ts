import { startEmulator } from "@cloudhsm-kit/emulator";
import { describe, expect, it } from "vitest";
import { CheckContext } from "../src/harness/context.js";
import { prepareTarget } from "../src/runner/prepare.js";
import { sweep } from "../src/sweep.js";

describe("sweep", () => {
  it("deletes the READY backups and clusters an earlier run tagged, and nothing else", async () => {
    const emulator = await startEmulator({ host: "127.0.0.1", port: 0 });
    try {
      // An earlier run that stopped before its cleanups: a cluster and a backup tagged with its run id.
      const earlier = await prepareTarget({ endpoint: emulator.url, runId: "run-old" });
      const t = new CheckContext(earlier, "SWEEP");
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
});
