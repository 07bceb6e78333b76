import { CheckContext } from "../../harness/context.js";
import type { Declared } from "../../registry/define.js";
import { BackupFixtures } from "./fixtures/backup-fixtures.js";
import { type Backup, copiesOf, copyIds, describeBackup, findCopy } from "./fixtures/backup-reads.js";
import { ClusterFixtures } from "./fixtures/cluster-fixtures.js";
import { Copies } from "./fixtures/copies.js";

export type { Tag } from "../../harness/context.js";
export type { Backup } from "./fixtures/backup-reads.js";

/**
 * What a CloudHSM v2 check receives: the core context plus this service's fixtures — backups, clusters, copies —
 * and the reads checks use to find backups and copies.
 */
export class CloudHsmContext extends CheckContext {
  readonly copies = new Copies(this);
  readonly clusters: ClusterFixtures = new ClusterFixtures(this, this.copies, (region) =>
    this.fixtures.readyBackup(region),
  );
  readonly fixtures = new BackupFixtures(this, this.clusters, this.copies);

  /** Describes one backup by id in `region`; undefined when DescribeBackups does not list it. */
  describeBackup(backupId: string, region?: string): Promise<Backup | undefined> {
    return describeBackup(this, backupId, region);
  }

  /** The backups copied from `sourceBackupId` into `region`, on every page. */
  copiesOf(sourceBackupId: string, region: string): Promise<Backup[]> {
    return copiesOf(this, sourceBackupId, region);
  }

  /** The ids of the copies of `sourceBackupId` already in `region`. */
  copyIds(sourceBackupId: string, region: string): Promise<ReadonlySet<string>> {
    return copyIds(this, sourceBackupId, region);
  }

  /** Waits until a new copy of `sourceBackupId`, not among `before`, is listed in `region`, and returns it. */
  findCopy(sourceBackupId: string, region: string, before: ReadonlySet<string>): Promise<Backup> {
    return findCopy(this, sourceBackupId, region, before);
  }
}

/** A CloudHSM v2 check as its group's module declares it (the group table in groups.ts adds the rest). */
export type Check = Declared<CloudHsmContext>;
