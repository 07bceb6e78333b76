import { startEmulator } from "@cloudhsm-kit/emulator";
import { describe, expect, it } from "vitest";
import { prepareTarget } from "../../runner/prepare.js";
import { BackupContext } from "./context.js";
import { sweep } from "./sweep.js";

describe("sweep", () => {
  it("deletes the vaults an earlier run tagged, their recovery points first, and nothing else", async () => {
    const emulator = await startEmulator({ host: "127.0.0.1", port: 0 });
    try {
      // An earlier run that stopped before its cleanups: a vault with a recovery point, tagged with its run id.
      const earlier = await prepareTarget({ endpoint: emulator.url, runId: "run-old" });
      const t = new BackupContext(earlier, "SWEEP");
      const vault = await t.vaults.create(t.regions.primary, "old");
      await t.copies.recoveryPoint(vault);
      const other = await prepareTarget({ endpoint: emulator.url, runId: "run-other" });
      const kept = await new BackupContext(other, "SWEEP").vaults.create(t.regions.primary, "kept");

      const report = await sweep({ endpoint: emulator.url }, "run-old", () => {});
      expect(report.failed).toEqual([]);
      expect(report.deleted).toEqual([`backup vault ${vault.name} (${vault.region})`]);
      const names = ((await t.backup().listBackupVaults()).BackupVaultList ?? []).map((v) => v.BackupVaultName);
      expect(names).not.toContain(vault.name);
      expect(names).toContain(kept.name);
      await earlier.runCleanups.run();
      await other.runCleanups.run();
    } finally {
      await emulator.close();
    }
  }, 60_000);
});
