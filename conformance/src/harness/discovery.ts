import type { CloudHsmV2Client } from "@cloudhsm-kit/client";
import type { components } from "@cloudhsm-kit/spec";
import { describeAllBackups } from "./pages.js";
import { describeError } from "./service-error.js";

type Backup = components["schemas"]["Backup"];
type Cluster = components["schemas"]["Cluster"];

/** The tag key every resource the suite creates carries (see `sweep`). */
export const RUN_TAG_KEY = "cloudhsm-conformance-run";

/**
 * What a target without the control protocol already had before the run made anything: the backups and clusters
 * DescribeBackups and DescribeClusters list in each region the suite may call. Checks read these (never change
 * them) and copy or build from them what they may change.
 */
export interface Discovered {
  backups: ReadonlyMap<string, readonly Backup[]>;
  clusters: ReadonlyMap<string, readonly Cluster[]>;
  /** Regions that could not be listed, with the reason (the report shows it in skip reasons). */
  problems: ReadonlyMap<string, string>;
}

export const NOTHING_DISCOVERED: Discovered = { backups: new Map(), clusters: new Map(), problems: new Map() };

/** Left behind by an earlier run of the suite: a sweep may delete it at any time, so it is no fixture. */
const fromEarlierRun = (r: { TagList?: { Key: string }[] }) => (r.TagList ?? []).some((t) => t.Key === RUN_TAG_KEY);

/** Lists the backups and clusters of `regions`, each region on its own (one that fails is recorded, not fatal). */
export async function discover(regions: readonly string[], client: (region: string) => CloudHsmV2Client) {
  const backups = new Map<string, Backup[]>();
  const clusters = new Map<string, Cluster[]>();
  const problems = new Map<string, string>();
  for (const region of new Set(regions)) {
    try {
      const listed = await describeAllBackups(client(region));
      backups.set(
        region,
        listed.backups.filter((b) => !fromEarlierRun(b)),
      );
      const out = await client(region).describeClusters({});
      clusters.set(
        region,
        (out.Clusters ?? []).filter((c) => !fromEarlierRun(c)),
      );
    } catch (error) {
      problems.set(region, describeError(error));
    }
  }
  return { backups, clusters, problems } satisfies Discovered;
}

/** The discovered backups of `region` in `state`, originals of a cluster first (they carry a ClusterId). */
export function discoveredIn(found: Discovered, region: string, state: string): Backup[] {
  const list = (found.backups.get(region) ?? []).filter((b) => b.BackupState === state);
  return [...list.filter((b) => b.ClusterId), ...list.filter((b) => !b.ClusterId)];
}
