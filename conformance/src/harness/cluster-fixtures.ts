import {
  addHsm,
  type Cluster,
  createCluster,
  createdAs,
  deleteCluster,
  describeCluster,
  FAKE_CERT,
  untilCluster,
} from "./clusters.js";
import type { CheckContext } from "./context.js";
import { FixtureBlocked, skip } from "./failure.js";
import { guarded } from "./fixture-guard.js";

/** Whether the suite may create clusters and HSMs: on any emulator endpoint, and on AWS with --allow-billable. */
export const canCreateClusters = (t: CheckContext) => t.target.capabilities.has("billable");

/**
 * The clusters checks need: the run's ACTIVE cluster per region (activated through the control protocol, or
 * restored from a READY backup), a cluster the target already has, and new ones made for one check.
 */
export class ClusterFixtures {
  constructor(private readonly t: CheckContext) {}

  /**
   * An ACTIVE cluster in `region`, one per run and region: built and activated through the control protocol, or
   * restored from a READY backup (such a cluster is ACTIVE without initialization) where clusters can be made.
   */
  activeCluster(region: string = this.t.regions.primary): Promise<Cluster> {
    const shared = this.t.target.shared;
    const key = `cluster:${region}`;
    let pending = shared.get(key) as Promise<Cluster> | undefined;
    if (!pending) {
      pending = guarded(this.t.target, key, `an ACTIVE cluster in ${region}`, () => this.#buildActiveCluster(region));
      shared.set(key, pending);
      // A skip is no verdict on the target: let a later check try again.
      pending.catch((error: unknown) => !(error instanceof FixtureBlocked) && shared.delete(key));
    }
    return pending;
  }

  async #buildActiveCluster(region: string): Promise<Cluster> {
    const runCleanups = this.t.target.runCleanups;
    if (this.t.target.control) {
      return this.#activateWithControl(region);
    }
    if (!canCreateClusters(this.t)) {
      skip(
        `needs a cluster in ${region}: the control protocol, or permission to create clusters (--allow-billable on AWS)`,
      );
    }
    const source = await this.t.fixtures.readyBackup(region);
    const created = await createCluster(this.t, region, { source, cleanups: runCleanups });
    return createdAs(this.t, created, region, "ACTIVE", `restored from ${source.BackupId}`);
  }

  async #activateWithControl(region: string): Promise<Cluster> {
    const created = await createCluster(this.t, region, { cleanups: this.t.target.runCleanups });
    const clusterId = created.ClusterId as string;
    await this.#initialize(await createdAs(this.t, created, region, "UNINITIALIZED", "made without a backup"), region);
    const activated = await this.t.control.activate(clusterId);
    if (activated.Backup?.BackupId) {
      await this.t.copies.untilReady(activated.Backup.BackupId, region);
    }
    return (await untilCluster(
      this.t,
      clusterId,
      region,
      "ACTIVE",
      (c) => c?.State === "ACTIVE",
      "clusterCreate",
    )) as Cluster;
  }

  /**
   * An ACTIVE cluster for a check that should change nothing (a rejected call): one the target already has, else the
   * run's cluster.
   */
  async existingCluster(region: string = this.t.regions.primary): Promise<Cluster> {
    for (const candidate of this.t.target.discovered.clusters.get(region) ?? []) {
      const cluster = candidate.ClusterId ? await describeCluster(this.t, candidate.ClusterId, region) : undefined;
      if (cluster?.State === "ACTIVE") {
        return cluster;
      }
    }
    return this.activeCluster(region);
  }

  /** A new cluster without a backup, UNINITIALIZED, deleted after the check (needs permission to create clusters). */
  plainCluster(region: string = this.t.regions.primary): Promise<Cluster> {
    return guarded(this.t.target, `plain-cluster:${region}`, `a new UNINITIALIZED cluster in ${region}`, async () => {
      if (!canCreateClusters(this.t)) {
        skip("creates a cluster: run with --allow-billable on AWS");
      }
      return createdAs(this.t, await createCluster(this.t, region), region, "UNINITIALIZED", "made without a backup");
    });
  }

  /** A new cluster with one ACTIVE HSM, initialized (INITIALIZED), deleted after the check. */
  async initializedCluster(region: string = this.t.regions.primary): Promise<Cluster> {
    const cluster = await this.plainCluster(region);
    const what = `an INITIALIZED cluster in ${region}`;
    return guarded(this.t.target, `initialized-cluster:${region}`, what, () => this.#initialize(cluster, region));
  }

  /** Adds the first HSM to an UNINITIALIZED cluster, initializes the cluster and waits until it is INITIALIZED. */
  async #initialize(cluster: Cluster, region: string): Promise<Cluster> {
    const clusterId = cluster.ClusterId as string;
    await addHsm(this.t, cluster, region);
    await this.t
      .client(region)
      .initializeCluster({ ClusterId: clusterId, SignedCert: FAKE_CERT, TrustAnchor: FAKE_CERT });
    const done = (c: Cluster | undefined) => c?.State === "INITIALIZED";
    return (await untilCluster(this.t, clusterId, region, "INITIALIZED", done, "clusterInitialize")) as Cluster;
  }

  /** Deletes a cluster with its HSMs (cleanup, sweep). */
  deleteCluster(clusterId: string, region: string, client = this.t.client(region)): Promise<void> {
    return deleteCluster(this.t, clusterId, region, client);
  }
}
