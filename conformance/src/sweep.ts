import {
  type CloudHsmV2Client,
  createCloudHsmV2Client,
  paginateDescribeBackups,
  paginateDescribeClusters,
} from "@cloudhsm-kit/client";
import { RUN_TAG_KEY } from "./harness/context.js";
import { partitionOf } from "./harness/regions.js";
import type { Credentials } from "./harness/target-types.js";
import type { RunOptions } from "./runner/options.js";
import { prepareTarget } from "./runner/prepare.js";

export interface SweepReport {
  deleted: string[];
  failed: string[];
}

const tagged = (tags: readonly { Key: string; Value: string }[] | undefined, runId: string | undefined) =>
  (tags ?? []).some((t) => t.Key === RUN_TAG_KEY && (runId === undefined || t.Value === runId));

/**
 * Deletes what earlier runs left behind: every READY backup and every cluster (after its HSMs) tagged
 * `cloudhsm-conformance-run` — with any value, or only `runId` when given — in every configured region.
 */
export async function sweep(
  options: RunOptions,
  runId: string | undefined,
  log: (line: string) => void,
): Promise<SweepReport> {
  const target = await prepareTarget({ ...options, runId: options.runId ?? "sweep" });
  await target.runCleanups.run();
  const report: SweepReport = { deleted: [], failed: [] };
  const regions = [...new Set(Object.values(target.regions).filter((r): r is string => !!r))];
  for (const region of regions) {
    const client: CloudHsmV2Client = createCloudHsmV2Client({
      region,
      ...(target.endpoint ? { endpoint: target.endpoint } : {}),
      credentials: target.credentialsFor(partitionOf(region)) as () => Promise<Credentials>,
      maxAttempts: target.maxAttempts,
    });
    const act = async (what: string, fn: () => Promise<unknown>) => {
      try {
        await fn();
        report.deleted.push(what);
        log(`deleted ${what}`);
      } catch (error) {
        report.failed.push(`${what}: ${(error as Error).name}`);
        log(`could not delete ${what}: ${(error as Error).name} ${(error as Error).message}`);
      }
    };
    try {
      for await (const page of paginateDescribeBackups(client, { Filters: { states: ["READY"] } })) {
        for (const b of page.Backups ?? []) {
          if (tagged(b.TagList, runId)) {
            await act(`backup ${b.BackupId} (${region})`, () => client.deleteBackup({ BackupId: b.BackupId }));
          }
        }
      }
      for await (const page of paginateDescribeClusters(client, {})) {
        for (const c of page.Clusters ?? []) {
          if (!c.ClusterId || c.State === "DELETED" || c.State === "DELETE_IN_PROGRESS" || !tagged(c.TagList, runId)) {
            continue;
          }
          const clusterId = c.ClusterId;
          for (const hsm of c.Hsms ?? []) {
            await act(`HSM ${hsm.HsmId} of ${clusterId} (${region})`, () =>
              client.deleteHsm({ ClusterId: clusterId, HsmId: hsm.HsmId }),
            );
          }
          await act(`cluster ${clusterId} (${region})`, () => client.deleteCluster({ ClusterId: clusterId }));
        }
      }
    } catch (error) {
      report.failed.push(`${region}: ${(error as Error).name}`);
      log(`could not list resources in ${region}: ${(error as Error).name} ${(error as Error).message}`);
    }
  }
  return report;
}
