import { paginateListBackupVaults } from "@cloudhsm-kit/client/backup";
import { RUN_TAG_KEY } from "../../harness/context.js";
import type { SweepReport } from "../../registry/service.js";
import type { RunOptions } from "../../runner/options.js";
import { prepareTarget } from "../../runner/prepare.js";
import { BackupContext } from "./context.js";
import { sweepPlans } from "./fixtures/plans.js";
import { emptyAndDelete, VAULT_PREFIX } from "./fixtures/vaults.js";

/**
 * Deletes what earlier runs left behind: every backup vault named with the suite's prefix and tagged
 * `cloudhsm-conformance-run` — with any value, or only `runId` when given — in every configured region, its recovery
 * points first.
 */
export async function sweep(
  options: RunOptions,
  runId: string | undefined,
  log: (line: string) => void,
): Promise<SweepReport> {
  const target = await prepareTarget({ ...options, runId: options.runId ?? "sweep" });
  const t = new BackupContext(target, "sweep");
  const report: SweepReport = { deleted: [], failed: [] };
  try {
    const regions = [...new Set(Object.values(target.regions).filter((r): r is string => !!r))];
    for (const region of regions) {
      await sweepPlans(t, region, runId, report, log);
      const client = t.backup(region);
      try {
        for await (const page of paginateListBackupVaults(client, {})) {
          for (const vault of page.BackupVaultList ?? []) {
            const name = vault.BackupVaultName ?? "";
            if (!name.startsWith(VAULT_PREFIX) || !vault.BackupVaultArn) {
              continue;
            }
            const tags = (await client.listTags({ ResourceArn: vault.BackupVaultArn })).Tags ?? {};
            const value = tags[RUN_TAG_KEY];
            if (value === undefined || (runId !== undefined && value !== runId)) {
              continue;
            }
            const what = `backup vault ${name} (${region})`;
            try {
              await emptyAndDelete(t, { name, region });
              report.deleted.push(what);
              log(`deleted ${what}`);
            } catch (error) {
              report.failed.push(`${what}: ${(error as Error).name}`);
              log(`could not delete ${what}: ${(error as Error).name} ${(error as Error).message}`);
            }
          }
        }
      } catch (error) {
        report.failed.push(`${region}: ${(error as Error).name}`);
        log(`could not list backup vaults in ${region}: ${(error as Error).name} ${(error as Error).message}`);
      }
    }
  } finally {
    await target.runCleanups.run();
  }
  return report;
}
