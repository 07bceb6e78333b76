import { startEmulator } from "@cloudhsm-kit/emulator";
import { describe, expect, it } from "vitest";
import { prepareTarget } from "../../runner/prepare.js";
import { BackupContext } from "./context.js";
import { sweep } from "./sweep.js";

describe("sweep", () => {
  it("deletes a run's recovery points in both Regions, then its vaults, and nothing of other runs", async () => {
    const emulator = await startEmulator({ host: "127.0.0.1", port: 0 });
    try {
      // An earlier run that stopped before its cleanups: a recovery point in a primary-Region vault and its copy in a
      // vault of the second Region, both vaults tagged with its run id.
      const earlier = await prepareTarget({ endpoint: emulator.url, runId: "run-old" });
      const t = new BackupContext(earlier, "SWEEP");
      const { source, destination } = await t.copies.pointAndDestination();
      const { job } = await t.copies.finish(await t.copies.start(source, destination), source.vault.region);
      const copy = job.DestinationRecoveryPointArn ?? "";
      expect(job.State).toBe("COMPLETED");
      const other = await prepareTarget({ endpoint: emulator.url, runId: "run-other" });
      const o = new BackupContext(other, "SWEEP");
      const kept = await o.vaults.create(t.regions.primary, "kept");
      const keptPoint = await o.copies.recoveryPoint(kept);

      const report = await sweep({ endpoint: emulator.url }, "run-old", () => {});
      expect(report.failed).toEqual([]);
      expect(report.deleted).toEqual([
        `recovery point ${source.arn} (${source.vault.region})`,
        `recovery point ${copy} (${destination.region})`,
        `backup vault ${source.vault.name} (${source.vault.region})`,
        `backup vault ${destination.name} (${destination.region})`,
      ]);
      for (const region of [source.vault.region, destination.region]) {
        const names = ((await t.backup(region).listBackupVaults()).BackupVaultList ?? []).map((v) => v.BackupVaultName);
        expect(names).not.toContain(source.vault.name);
        expect(names).not.toContain(destination.name);
      }
      const left = await o.backup().listRecoveryPointsByBackupVault({ BackupVaultName: kept.name });
      expect((left.RecoveryPoints ?? []).map((p) => p.RecoveryPointArn)).toEqual([keptPoint.arn]);
      await o.cleanups.run();
      await earlier.runCleanups.run();
      await other.runCleanups.run();
    } finally {
      await emulator.close();
    }
  }, 60_000);
});
