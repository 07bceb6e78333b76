import { paginateListBackupVaults } from "@cloudhsm-kit/client/backup";
import { RUN_TAG_KEY } from "../../harness/context.js";
import type { SweepReport } from "../../registry/service.js";
import type { RunOptions } from "../../runner/options.js";
import { prepareTarget } from "../../runner/prepare.js";
import { BackupContext } from "./context.js";
import { sweepPlans } from "./fixtures/plans.js";
import { awaitEmpty, deleteRecoveryPoints, deleteVault, VAULT_PREFIX, type Vault } from "./fixtures/vaults.js";

type Found = Pick<Vault, "name" | "region">;

/** The vaults of `region` named with the suite's prefix and tagged with the run tag (any run, or only `runId`). */
async function runVaults(t: BackupContext, region: string, runId: string | undefined): Promise<Found[]> {
  const client = t.backup(region);
  const found: Found[] = [];
  for await (const page of paginateListBackupVaults(client, {})) {
    for (const vault of page.BackupVaultList ?? []) {
      const name = vault.BackupVaultName ?? "";
      if (!name.startsWith(VAULT_PREFIX) || !vault.BackupVaultArn) {
        continue;
      }
      const value = (await client.listTags({ ResourceArn: vault.BackupVaultArn })).Tags?.[RUN_TAG_KEY];
      if (value !== undefined && (runId === undefined || value === runId)) {
        found.push({ name, region });
      }
    }
  }
  return found;
}

/**
 * Deletes what earlier runs left behind: their backup plans (selections first), then every backup vault named with the suite's prefix and tagged
 * `cloudhsm-conformance-run` — with any value, or only `runId` when given — in every configured region. A vault can
 * be deleted only when it holds no recovery point, and a copy lands in a vault of another Region, so the recovery
 * points of every such vault, in every Region, are deleted first (AWS deletes them asynchronously: the sweep waits
 * until each vault is empty), and only then the vaults.
 */
export async function sweep(
  options: RunOptions,
  runId: string | undefined,
  log: (line: string) => void,
): Promise<SweepReport> {
  const target = await prepareTarget({ ...options, runId: options.runId ?? "sweep" });
  const t = new BackupContext(target, "sweep");
  const report: SweepReport = { deleted: [], failed: [] };
  const failed = (what: string, error: unknown) => {
    report.failed.push(`${what}: ${(error as Error).name}`);
    log(`could not delete ${what}: ${(error as Error).name} ${(error as Error).message}`);
  };
  try {
    const regions = [...new Set(Object.values(target.regions).filter((r): r is string => !!r))];
    for (const region of regions) {
      await sweepPlans(t, region, runId, report, log);
    }
    const vaults: Found[] = [];
    for (const region of regions) {
      try {
        vaults.push(...(await runVaults(t, region, runId)));
      } catch (error) {
        report.failed.push(`${region}: ${(error as Error).name}`);
        log(`could not list backup vaults in ${region}: ${(error as Error).name} ${(error as Error).message}`);
      }
    }
    const emptied: Found[] = [];
    for (const vault of vaults) {
      try {
        for (const arn of await deleteRecoveryPoints(t, vault)) {
          report.deleted.push(`recovery point ${arn} (${vault.region})`);
          log(`deleted recovery point ${arn} (${vault.region})`);
        }
        emptied.push(vault);
      } catch (error) {
        failed(`the recovery points of backup vault ${vault.name} (${vault.region})`, error);
      }
    }
    for (const vault of emptied) {
      const what = `backup vault ${vault.name} (${vault.region})`;
      try {
        await awaitEmpty(t, vault);
        await deleteVault(t, vault);
        report.deleted.push(what);
        log(`deleted ${what}`);
      } catch (error) {
        failed(what, error);
      }
    }
  } finally {
    await target.runCleanups.run();
  }
  return report;
}
