import {
  paginateDescribeBackups,
  paginateDescribeClusters,
  WaiterStateError,
  waitUntilBackupState,
} from "@cloudhsm-kit/client";
import { RUN_TAG_KEY } from "../../harness/context.js";
import type { SweepReport } from "../../registry/service.js";
import type { RunOptions } from "../../runner/options.js";
import { prepareTarget } from "../../runner/prepare.js";
import { CloudHsmContext } from "./context.js";

const tagged = (tags: readonly { Key: string; Value: string }[] | undefined, runId: string | undefined) =>
  (tags ?? []).some((t) => t.Key === RUN_TAG_KEY && (runId === undefined || t.Value === runId));

/**
 * Deletes what earlier runs left behind: every backup (a copy still in CREATE_IN_PROGRESS once it is READY) and
 * every cluster (after its HSMs) tagged `cloudhsm-conformance-run` — with any value, or only `runId` when given —
 * in every configured region.
 */
export async function sweep(
  options: RunOptions,
  runId: string | undefined,
  log: (line: string) => void,
): Promise<SweepReport> {
  const target = await prepareTarget({ ...options, runId: options.runId ?? "sweep" });
  const t = new CloudHsmContext(target, "sweep");
  const report: SweepReport = { deleted: [], failed: [] };
  const act = async (what: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
      report.deleted.push(what);
      log(`deleted ${what}`);
    } catch (error) {
      if (error instanceof WaiterStateError) {
        log(`${what} ended ${error.state}: nothing to delete`);
        return;
      }
      report.failed.push(`${what}: ${(error as Error).name}`);
      log(`could not delete ${what}: ${(error as Error).name} ${(error as Error).message}`);
    }
  };
  try {
    const regions = [...new Set(Object.values(target.regions).filter((r): r is string => !!r))];
    for (const region of regions) {
      const client = t.client(region);
      try {
        const filter = { Filters: { states: ["READY", "CREATE_IN_PROGRESS"] } };
        for await (const page of paginateDescribeBackups(client, filter)) {
          for (const b of page.Backups ?? []) {
            if (!tagged(b.TagList, runId)) {
              continue;
            }
            const what = `backup ${b.BackupId} (${region})`;
            await act(what, async () => {
              if (b.BackupState === "CREATE_IN_PROGRESS") {
                // DeleteBackup takes only READY backups; a copy in flight is deleted once it lands.
                log(`waiting for ${what} to be READY`);
                await waitUntilBackupState(client, {
                  BackupId: b.BackupId,
                  states: ["READY"],
                  timeoutMs: target.timing.transitionTimeoutMs,
                  pollIntervalMs: target.timing.pollIntervalMs,
                });
              }
              await client.deleteBackup({ BackupId: b.BackupId });
            });
          }
        }
        for await (const page of paginateDescribeClusters(client, {})) {
          for (const c of page.Clusters ?? []) {
            if (c.ClusterId && !c.State?.startsWith("DELETE") && tagged(c.TagList, runId)) {
              const clusterId = c.ClusterId;
              await act(`cluster ${clusterId} (${region})`, () => t.clusters.deleteCluster(clusterId, region));
            }
          }
        }
      } catch (error) {
        report.failed.push(`${region}: ${(error as Error).name}`);
        log(`could not list resources in ${region}: ${(error as Error).name} ${(error as Error).message}`);
      }
    }
  } finally {
    await target.runCleanups.run();
  }
  for (const note of t.notes) {
    log(note);
  }
  return report;
}
