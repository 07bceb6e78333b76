import { isCloudHsmV2ServiceError } from "@cloudhsm-kit/client";
import type { components } from "@cloudhsm-kit/spec";
import type { Backup, CheckContext, Tag } from "./context.js";
import { CheckFailed, skip } from "./failure.js";
import { partitionOf } from "./regions.js";

type Cluster = components["schemas"]["Cluster"];
type CopyOutput = components["schemas"]["CopyBackupToRegionResponse"];

/** A PEM-looking certificate body that satisfies the `Cert` pattern; emulators do not verify signatures. */
const FAKE_CERT = "-----BEGIN CERTIFICATE-----\nMIIBconformance\n-----END CERTIFICATE-----";

/**
 * Builds the state checks need. With the control protocol it creates clusters and backups itself; without it
 * (real AWS) it uses the READY backups named in the config and never creates anything billable unless allowed.
 */
export class Fixtures {
  constructor(private readonly t: CheckContext) {}

  /** Seconds of emulated time to advance so that a transition with the given delay falls due. */
  #advance(kind: keyof NonNullable<CheckContext["target"]["delays"]>): number | undefined {
    const delays = this.t.target.delays;
    return delays ? delays[kind] + 1 : undefined;
  }

  /** An ACTIVE cluster in `region` built through the control protocol (one per region and run). */
  async activeCluster(region: string = this.t.regions.primary): Promise<Cluster> {
    const control = this.t.control;
    const shared = this.t.target.shared;
    const key = `cluster:${region}`;
    let pending = shared.get(key) as Promise<Cluster> | undefined;
    if (!pending) {
      pending = this.#buildActiveCluster(region, control).catch((error: unknown) => {
        throw new CheckFailed(
          `could not build the fixture cluster in ${region} through the control protocol: ${explain(error)}`,
        );
      });
      shared.set(key, pending);
      pending.catch(() => shared.delete(key));
    }
    return pending;
  }

  async #buildActiveCluster(region: string, control: CheckContext["control"]): Promise<Cluster> {
    const client = this.t.client(region);
    const { subnetIds, hsmType } = this.t.target.cluster;
    const created = await client.createCluster({ HsmType: hsmType, SubnetIds: subnetIds, TagList: [this.t.runTag] });
    const clusterId = created.Cluster?.ClusterId ?? failWith("CreateCluster returned no ClusterId");
    this.t.target.runCleanups.push(`delete cluster ${clusterId}`, () => this.deleteCluster(clusterId, region));
    const describe = async () =>
      (await client.describeClusters({ Filters: { clusterIds: [clusterId] } })).Clusters?.[0] ?? ({} as Cluster);
    await this.t.waitFor(`cluster ${clusterId} UNINITIALIZED`, describe, (c) => c.State === "UNINITIALIZED", {
      advanceSeconds: this.#advance("clusterCreate"),
    });
    await client.createHsm({ ClusterId: clusterId, AvailabilityZone: `${region}a` });
    await this.t.waitFor(
      `an ACTIVE HSM in ${clusterId}`,
      describe,
      (c) => (c.Hsms ?? []).some((h) => h.State === "ACTIVE"),
      { advanceSeconds: this.#advance("hsmCreate") },
    );
    await client.initializeCluster({ ClusterId: clusterId, SignedCert: FAKE_CERT, TrustAnchor: FAKE_CERT });
    await this.t.waitFor(`cluster ${clusterId} INITIALIZED`, describe, (c) => c.State === "INITIALIZED", {
      advanceSeconds: this.#advance("clusterInitialize"),
    });
    const activated = await control.activate(clusterId);
    if (activated.Backup?.BackupId) {
      await this.#untilReady(activated.Backup.BackupId, region);
    }
    return describe();
  }

  /**
   * Deletes a cluster (cleanup, sweep): waits until it has left CREATE_IN_PROGRESS, deletes its HSMs and waits
   * until they are gone (advancing the emulated clock by the relevant delays), then deletes the cluster.
   */
  async deleteCluster(clusterId: string, region: string, client = this.t.client(region)): Promise<void> {
    const describe = async () =>
      (await client.describeClusters({ Filters: { clusterIds: [clusterId] } })).Clusters?.[0];
    const settled = await this.t.waitFor(
      `cluster ${clusterId} out of CREATE_IN_PROGRESS`,
      describe,
      (c) => c?.State !== "CREATE_IN_PROGRESS",
      { advanceSeconds: this.#advance("clusterCreate") },
    );
    if (!settled || settled.State === "DELETED" || settled.State === "DELETE_IN_PROGRESS") {
      return;
    }
    const hsms = (settled.Hsms ?? []).filter((h) => h.State !== "DELETE_IN_PROGRESS");
    for (const hsm of hsms) {
      await client.deleteHsm({ ClusterId: clusterId, HsmId: hsm.HsmId });
      this.t.note(`deleted HSM ${hsm.HsmId} of ${clusterId}`);
    }
    if ((settled.Hsms ?? []).length > 0) {
      await this.t.waitFor(`the HSMs of ${clusterId} deleted`, describe, (c) => (c?.Hsms ?? []).length === 0, {
        advanceSeconds: this.#advance("hsmDelete"),
      });
    }
    await client.deleteCluster({ ClusterId: clusterId });
  }

  async #untilReady(backupId: string, region: string): Promise<Backup> {
    return this.t.waitFor(
      `backup ${backupId} READY`,
      async () => (await this.t.describeBackup(backupId, region)) ?? ({ BackupId: backupId } as Backup),
      (b) => b.BackupState === "READY",
      { advanceSeconds: this.#advance("backupCreate") },
    );
  }

  /**
   * A new READY backup that the check may change or delete. With the control protocol: a scheduled backup of the
   * run's cluster in `region`, taken now. Without it: a copy, made by the suite, of a configured READY backup from
   * another standard region (deleted again at the end).
   */
  async disposableBackup(region: string = this.t.regions.primary, tags?: Tag[]): Promise<Backup> {
    if (this.t.target.control) {
      const cluster = await this.activeCluster(region);
      const clusterId = cluster.ClusterId ?? failWith("the fixture cluster has no ClusterId");
      const { Backup: made } = await this.t.control.backupNow(clusterId);
      const backupId = made.BackupId;
      this.t.cleanups.push(`delete backup ${backupId}`, () => this.deleteIfReady(backupId, region));
      await this.#untilReady(backupId, region);
      if (tags && tags.length > 0) {
        await this.t.client(region).tagResource({ ResourceId: backupId, TagList: tags });
      }
      return (await this.t.describeBackup(backupId, region)) ?? failWith(`backup ${backupId} is not listed`);
    }
    const from = Object.keys(this.t.target.readyBackups).find(
      (r) => r !== region && partitionOf(r) === partitionOf(region),
    );
    if (!from) {
      skip(
        `needs a disposable backup in ${region}: the control protocol, or a READY backup configured in another region of the same partition`,
      );
    }
    const source = this.t.target.readyBackups[from] as string;
    const { copy } = await this.copy(source, from, region, { tags: [this.t.runTag, ...(tags ?? [])] });
    return this.settleCopy(copy.BackupId, region, "READY");
  }

  /** A READY backup in `region` the check only reads: the configured one on AWS, a disposable one otherwise. */
  async readyBackup(region: string = this.t.regions.primary): Promise<Backup> {
    if (this.t.target.control) {
      return this.disposableBackup(region);
    }
    const id = this.t.target.readyBackups[region] ?? skip(`needs a READY backup in ${region} (config "readyBackups")`);
    const backup = await this.t.describeBackup(id, region);
    if (backup?.BackupState !== "READY") {
      skip(`the configured backup ${id} in ${region} is not READY (${backup?.BackupState ?? "not listed"})`);
    }
    return backup;
  }

  /**
   * Copies `backupId` from `from` to `to` and finds the copy in the destination region. The copy is deleted at
   * the end of the check once it is READY. The TagList sent is `tags`, the run tag when `tags` is not given (so
   * that `sweep` finds leftovers), or none at all with `tags: "omit"`.
   */
  async copy(
    backupId: string,
    from: string,
    to: string,
    options: { tags?: Tag[] | "omit"; extra?: Record<string, unknown> } = {},
  ): Promise<{ output: CopyOutput; copy: Backup }> {
    const tags = options.tags ?? [this.t.runTag];
    const input = {
      BackupId: backupId,
      DestinationRegion: to,
      ...(tags === "omit" ? {} : { TagList: tags }),
      ...options.extra,
    };
    const before = await this.t.copyIds(backupId, to);
    const output = await this.t.client(from).copyBackupToRegion(input);
    const copy = await this.t.findCopy(output.DestinationBackup?.SourceBackup ?? backupId, to, before);
    this.t.cleanups.push(`delete copy ${copy.BackupId} in ${to}`, () => this.discardCopy(copy.BackupId, to));
    return { output, copy };
  }

  /** Waits until a copy in `region` reaches one of `states` (advancing the emulated clock by the copy delay). */
  settleCopy(backupId: string, region: string, ...states: string[]): Promise<Backup> {
    return this.t.waitFor(
      `backup ${backupId} in ${region} reaches ${states.join(" or ")}`,
      async () => (await this.t.describeBackup(backupId, region)) ?? ({ BackupId: backupId } as Backup),
      (b) => states.includes(b.BackupState ?? ""),
      { advanceSeconds: this.#advance("copy") },
    );
  }

  /** Cleanup of a copy: waits until it has left CREATE_IN_PROGRESS, then deletes it if it is READY. */
  async discardCopy(backupId: string, region: string): Promise<void> {
    await this.t.waitFor(
      `copy ${backupId} in ${region} out of CREATE_IN_PROGRESS`,
      async () => (await this.t.describeBackup(backupId, region)) ?? ({ BackupId: backupId } as Backup),
      (b) => b.BackupState !== "CREATE_IN_PROGRESS",
      { advanceSeconds: this.#advance("copy") },
    );
    await this.deleteIfReady(backupId, region);
  }

  /** Deletes a backup when it is READY (cleanup); other states are left alone. */
  async deleteIfReady(backupId: string, region: string): Promise<void> {
    const backup = await this.t.describeBackup(backupId, region);
    if (backup?.BackupState === "READY") {
      await this.t.client(region).deleteBackup({ BackupId: backupId });
    }
  }

  /** Makes the next copy of `backupId` fail through the control protocol (asynchronous failure path). */
  failNextCopy(backupId: string, destinationRegion: string): Promise<string> {
    return this.t.control.failNextCopy({ BackupId: backupId, DestinationRegion: destinationRegion });
  }
}

function explain(error: unknown): string {
  if (isCloudHsmV2ServiceError(error)) {
    return `HTTP ${error.$metadata.httpStatusCode ?? "?"} ${error.name}: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

function failWith(message: string): never {
  throw new CheckFailed(message);
}
