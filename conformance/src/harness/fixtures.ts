import { canCreateClusters } from "./cluster-fixtures.js";
import { addHsm, backupIdsOf, failWith, newBackupOf, removeHsm, untilCluster } from "./clusters.js";
import type { Backup, CheckContext, Tag } from "./context.js";
import { discoveredIn } from "./discovery.js";
import { skip } from "./failure.js";
import { guarded } from "./fixture-guard.js";
import { describeAllBackups } from "./pages.js";
import { partitionOf } from "./regions.js";

/**
 * Builds the state checks need, through the public API wherever it can. With the control protocol it makes clusters
 * and backups itself (and moves time). Without it, it reads what the target already has — the READY backups named
 * in the config or listed by DescribeBackups — and makes what a check may change from those: copies of a backup from
 * another region, and, where clusters can be made (any emulator endpoint; AWS with --allow-billable), a cluster
 * restored from a backup whose HSM changes make new backups. A fixture that cannot be made blocks, at once, every
 * later check that needs it (FixtureBlocked); a fixture the target cannot offer skips the check, saying what it needs.
 */
export class Fixtures {
  constructor(private readonly t: CheckContext) {}

  /** A READY backup in `region` the check only reads: configured, or listed by the target (a new one with control). */
  async readyBackup(region: string = this.t.regions.primary): Promise<Backup> {
    if (this.t.target.control) {
      return this.disposableBackup(region);
    }
    return (
      (await this.existingReady(region)) ??
      skip(
        `needs a READY backup in ${region}: the control protocol, config "readyBackups", or one DescribeBackups lists there`,
      )
    );
  }

  /** The configured READY backup of `region`, else one discovered there that is still READY; undefined if none. */
  async existingReady(region: string): Promise<Backup | undefined> {
    const configured = this.t.target.readyBackups[region];
    if (configured) {
      const backup = await this.t.describeBackup(configured, region);
      if (backup?.BackupState !== "READY") {
        skip(`the configured backup ${configured} in ${region} is not READY (${backup?.BackupState ?? "not listed"})`);
      }
      return backup;
    }
    for (const candidate of discoveredIn(this.t.target.discovered, region, "READY")) {
      const backup = await this.t.describeBackup(candidate.BackupId, region);
      if (backup?.BackupState === "READY") {
        return backup;
      }
    }
    return undefined;
  }

  /**
   * A new READY backup that the check may change or delete: a backup of the run's cluster taken now (control
   * protocol); else a copy, made by the suite, of a READY backup from another region of the same partition; else a
   * backup the service makes when an HSM of the run's cluster (restored from a READY backup) is added or removed.
   */
  async disposableBackup(region: string = this.t.regions.primary, tags?: Tag[]): Promise<Backup> {
    const what = `a disposable backup in ${region}`;
    const { made, untagged } = await guarded(this.t.target, `disposable:${region}`, what, () =>
      this.#makeBackup(region, tags),
    );
    // Tagging is TagResource's behaviour, not the fixture's: a failure there is the check's own, and blocks nothing.
    if (untagged.length > 0) {
      await this.t.client(region).tagResource({ ResourceId: made.BackupId, TagList: untagged });
    }
    return (await this.t.describeBackup(made.BackupId, region)) ?? failWith(`backup ${made.BackupId} is not listed`);
  }

  /** Makes the backup; returns it with the tags still to put on it (a copy gets its tags with the copy). */
  async #makeBackup(region: string, tags: Tag[] | undefined): Promise<{ made: Backup; untagged: Tag[] }> {
    if (this.t.target.control) {
      const cluster = await this.t.clusters.activeCluster(region);
      const made = await this.t.control.backupNow(cluster.ClusterId as string);
      this.t.cleanups.push(`delete backup ${made.BackupId}`, () => this.t.copies.deleteIfReady(made.BackupId, region));
      return { made: await this.t.copies.untilReady(made.BackupId, region), untagged: tags ?? [] };
    }
    const source = await this.#sourceElsewhere(region);
    if (source) {
      const { copy } = await this.t.copies.copy(source.backup.BackupId, source.region, region, {
        tags: [this.t.runTag, ...(tags ?? [])],
      });
      return { made: await this.t.copies.readyCopy(copy.BackupId, region), untagged: [] };
    }
    if (canCreateClusters(this.t) && (await this.existingReady(region))) {
      const [made] = await this.#backupsByHsmChanges(region, 1);
      return { made: made as Backup, untagged: [this.t.runTag, ...(tags ?? [])] };
    }
    return skip(
      `needs a backup in ${region} it may change: the control protocol, a READY backup in another region of the same partition (config "readyBackups" or listed there) to copy, or a READY backup there and permission to create clusters (--allow-billable on AWS)`,
    );
  }

  /** A READY backup in another region of `region`'s partition that the suite can copy from. */
  async #sourceElsewhere(region: string): Promise<{ region: string; backup: Backup } | undefined> {
    const { regions, readyBackups } = this.t.target;
    const candidates = [...Object.values(regions), ...Object.keys(readyBackups)].filter(
      (r): r is string => !!r && r !== region && partitionOf(r) === partitionOf(region),
    );
    for (const from of new Set(candidates)) {
      const backup = await this.existingReady(from);
      if (backup) {
        return { region: from, backup };
      }
    }
    return undefined;
  }

  /**
   * `count` new READY backups of one cluster, oldest first, that the check may change: taken through the control
   * protocol, or made by the service when HSMs of the run's cluster are added and removed.
   */
  clusterBackups(count: number, region: string = this.t.regions.primary): Promise<Backup[]> {
    return guarded(this.t.target, `cluster-backups:${region}`, `new backups of one cluster in ${region}`, async () => {
      if (this.t.target.control) {
        const cluster = await this.t.clusters.activeCluster(region);
        const made: Backup[] = [];
        for (let i = 0; i < count; i++) {
          const backup = await this.t.control.backupNow(cluster.ClusterId as string);
          this.t.cleanups.push(`delete backup ${backup.BackupId}`, () =>
            this.t.copies.deleteIfReady(backup.BackupId, region),
          );
          made.push(await this.t.copies.untilReady(backup.BackupId, region));
        }
        return made;
      }
      if (!canCreateClusters(this.t)) {
        skip(
          `needs new backups of one cluster in ${region}: the control protocol, or permission to create clusters (--allow-billable on AWS)`,
        );
      }
      return this.#backupsByHsmChanges(region, count);
    });
  }

  /**
   * The most recent available (READY) backups of a cluster the target already has, oldest first, when one has at
   * least `count` with distinct CreateTimestamps; for checks that only read them (a copy reads its source).
   */
  async existingClusterBackups(count: number, region: string = this.t.regions.primary): Promise<Backup[] | undefined> {
    const clusters = new Set(discoveredIn(this.t.target.discovered, region, "READY").map((b) => b.ClusterId));
    for (const clusterId of clusters) {
      if (!clusterId) {
        continue;
      }
      const { backups } = await describeAllBackups(this.t.client(region), {
        Filters: { clusterIds: [clusterId], states: ["READY"] },
      });
      const newest = backups
        .filter((b) => b.BackupState === "READY")
        .sort((a, b) => (a.CreateTimestamp ?? 0) - (b.CreateTimestamp ?? 0))
        .slice(-count);
      const times = new Set(newest.map((b) => b.CreateTimestamp));
      if (newest.length === count && times.size === count) {
        return newest;
      }
    }
    return undefined;
  }

  /**
   * `count` backups of `region` for checks that list, filter, sort and page (they change none of them): those the
   * target already lists, topped up with disposable ones; with the control protocol, new ones.
   */
  async someBackups(count: number, region: string = this.t.regions.primary): Promise<Backup[]> {
    const found: Backup[] = [];
    if (!this.t.target.control) {
      for (const candidate of discoveredIn(this.t.target.discovered, region, "READY")) {
        const backup = found.length < count ? await this.t.describeBackup(candidate.BackupId, region) : undefined;
        if (backup?.BackupState === "READY") {
          found.push(backup);
        }
      }
    }
    while (found.length < count) {
      found.push(await this.disposableBackup(region));
    }
    return found;
  }

  /**
   * The service makes a backup when an HSM is added to or removed from an active cluster (manage-backups.html):
   * alternately adds and removes an HSM of the run's cluster `count` times and collects the backups it makes.
   */
  async #backupsByHsmChanges(region: string, count: number): Promise<Backup[]> {
    const cluster = await this.t.clusters.activeCluster(region);
    const clusterId = cluster.ClusterId as string;
    const made: Backup[] = [];
    for (let i = 0; i < count; i++) {
      const before = await backupIdsOf(this.t, clusterId, region);
      const now = await untilCluster(this.t, clusterId, region, "listed", (c) => !!c, "clusterCreate");
      const active = (now?.Hsms ?? []).find((h) => h.State === "ACTIVE");
      if (active) {
        await removeHsm(this.t, clusterId, active.HsmId, region);
      } else {
        await addHsm(this.t, now ?? cluster, region);
      }
      const backup = await newBackupOf(this.t, clusterId, region, before);
      this.t.cleanups.push(`delete backup ${backup.BackupId}`, () =>
        this.t.copies.deleteIfReady(backup.BackupId, region),
      );
      made.push(backup);
    }
    return made;
  }

  /** A backup listed as DELETED in `region`: one the target already lists, or a copy failed on purpose (control). */
  async deletedBackup(region: string = this.t.regions.primary): Promise<Backup> {
    for (const candidate of discoveredIn(this.t.target.discovered, region, "DELETED")) {
      const backup = await this.t.describeBackup(candidate.BackupId, region);
      if (backup?.BackupState === "DELETED") {
        return backup;
      }
    }
    if (!this.t.target.control) {
      skip(
        `needs a DELETED backup in ${region}: one DescribeBackups lists there, or the control protocol to fail a copy on purpose`,
      );
    }
    const from = region === this.t.regions.primary ? this.t.region("second") : this.t.regions.primary;
    const source = await this.readyBackup(from);
    await this.t.copies.failNextCopy(source.BackupId, region);
    const before = await this.t.copyIds(source.BackupId, region);
    await this.t
      .client(from)
      .copyBackupToRegion({ BackupId: source.BackupId, DestinationRegion: region, TagList: [this.t.runTag] });
    const copy = await this.t.findCopy(source.BackupId, region, before);
    return this.t.copies.settleCopy(copy.BackupId, region, "READY", "DELETED");
  }
}
