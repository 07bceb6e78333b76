import { activateCluster, backupNow, createCluster, initializeCluster, ownCluster } from "../domain/cluster.js";
import { CLUSTER_CHOICES } from "../domain/cluster-choices.js";
import type { DomainContext } from "../domain/context.js";
import { createHsm } from "../domain/hsm.js";
import { normaliseTagList } from "../domain/tags.js";
import type { Backup, Cluster, Tag } from "../store/records.js";
import { ZERO_DELAYS } from "../timings/profiles.js";

/**
 * Ready-made clusters and backups, built at once: each step runs the same domain functions a user's calls run, with
 * every delay zero, and then the transitions that fell due (all of them due now) are applied. The emulated clock
 * does not move, so nothing else in the state changes but what was due anyway; the resources get the present
 * time as their timestamps. Used by the fixture route and the start-up seed.
 */
export interface BuildDeps {
  /** A domain context in an account and region, with the current settings and the present time. */
  context(account: string, region: string): DomainContext;
  /** Applies every transition that is due now. */
  runDue(): unknown;
}

export interface Place {
  account: string;
  region: string;
}

export type Builder = ReturnType<typeof createBuilder>;

/** The certificate InitializeCluster is given: PEM-armoured and not real X.509, like every emulated certificate. */
const signedCert = (clusterId: string) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(`cloudhsm-kit emulated cluster certificate for ${clusterId}`).toString("base64")}\n-----END CERTIFICATE-----`;

export function createBuilder(deps: BuildDeps) {
  const here = (place: Place) => deps.context(place.account, place.region);
  const backups = (place: Place) => here(place).store.region(place.account, place.region).backups;
  /** A backup as stored now: the transitions a step applies store new records (stored backups are sealed). */
  const stored = (place: Place, backup: Backup): Backup => backups(place).get(backup.BackupId) ?? backup;
  /** Runs one step in a context where every transition is due at once, then applies what fell due. */
  const step = <T>(place: Place, fn: (ctx: DomainContext) => T): T => {
    const ctx = here(place);
    const out = fn({ ...ctx, settings: { ...ctx.settings, delays: ZERO_DELAYS } });
    deps.runDue();
    return out;
  };

  /** CreateCluster, done: an UNINITIALIZED cluster with one subnet and no HSM. */
  const uninitializedCluster = (place: Place, tags: readonly Tag[] = []): Cluster =>
    step(place, (ctx) =>
      createCluster(ctx, {
        HsmType: CLUSTER_CHOICES.supportedHsmTypes[0] as string,
        SubnetIds: [`subnet-${ctx.ids.hex(17)}`],
        TagList: [...tags],
      }),
    );

  /** CreateCluster, CreateHsm, InitializeCluster and activation, each done: an ACTIVE cluster with one ACTIVE HSM
   * and its READY activation backup (which carries the cluster's tags, TAG_CHOICES.clusterBackupsInheritTags). */
  const activeCluster = (place: Place, tags: readonly Tag[] = []): { Cluster: Cluster; Backup: Backup } => {
    const cluster = uninitializedCluster(place, tags);
    const AvailabilityZone = Object.keys(cluster.SubnetMapping)[0] as string;
    step(place, (ctx) => createHsm(ctx, { ClusterId: cluster.ClusterId, AvailabilityZone }));
    step(place, (ctx) => initializeCluster(ctx, cluster.ClusterId, signedCert(cluster.ClusterId)));
    const made = step(place, (ctx) => activateCluster(ctx, cluster.ClusterId));
    return { Cluster: made.Cluster, Backup: stored(place, made.Backup) };
  };

  /** What the 24-hour schedule does, done: a READY backup of an ACTIVE cluster. */
  const backupOf = (place: Place, clusterId: string): Backup =>
    stored(
      place,
      step(place, (ctx) => backupNow(ctx, clusterId)),
    );

  /**
   * A READY backup: of the given cluster (which must be ACTIVE), else of a new ACTIVE cluster made with `tags`.
   * With `tags`, the backup has exactly those tags; without, the cluster's (as any backup the service makes).
   */
  const readyBackup = (place: Place, options: { tags?: readonly Tag[]; clusterId?: string } = {}) => {
    const made =
      options.clusterId === undefined
        ? activeCluster(place, options.tags)
        : { Backup: backupOf(place, options.clusterId), Cluster: ownCluster(here(place), options.clusterId) };
    const Backup =
      options.tags === undefined
        ? made.Backup
        : backups(place).replace({ ...made.Backup, TagList: normaliseTagList(options.tags) });
    return { Backup, Cluster: made.Cluster };
  };

  return { uninitializedCluster, activeCluster, backupOf, readyBackup };
}
