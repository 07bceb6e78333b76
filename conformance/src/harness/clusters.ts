import type { CloudHsmV2Client } from "@cloudhsm-kit/client";
import type { components } from "@cloudhsm-kit/spec";
import type { Cleanups } from "./cleanups.js";
import type { Backup, CheckContext } from "./context.js";
import { CheckFailed } from "./failure.js";
import { describeAllBackups } from "./pages.js";

export type Cluster = components["schemas"]["Cluster"];
export type Hsm = components["schemas"]["Hsm"];
type DelayKind = keyof NonNullable<CheckContext["target"]["delays"]>;

/** A PEM-looking certificate body that satisfies the `Cert` pattern; emulators do not verify signatures. */
export const FAKE_CERT = "-----BEGIN CERTIFICATE-----\nMIIBconformance\n-----END CERTIFICATE-----";

/** Seconds of emulated time to advance so that a transition with the given delay falls due (control protocol). */
export function advanceFor(t: CheckContext, kind: DelayKind): number | undefined {
  const delays = t.target.delays;
  return delays ? delays[kind] + 1 : undefined;
}

export async function describeCluster(
  t: CheckContext,
  clusterId: string,
  region: string,
  client: CloudHsmV2Client = t.client(region),
): Promise<Cluster | undefined> {
  return (await client.describeClusters({ Filters: { clusterIds: [clusterId] } })).Clusters?.[0];
}

/** Polls the cluster until `done` holds (advancing the emulated clock by `kind`'s delay where there is one). */
export function untilCluster(
  t: CheckContext,
  clusterId: string,
  region: string,
  what: string,
  done: (c: Cluster | undefined) => boolean,
  kind: DelayKind,
  client: CloudHsmV2Client = t.client(region),
): Promise<Cluster | undefined> {
  return t.waitFor(`cluster ${clusterId} ${what}`, () => describeCluster(t, clusterId, region, client), done, {
    advanceSeconds: advanceFor(t, kind),
  });
}

/** The Availability Zones of a cluster's subnets, in the order DescribeClusters lists them. */
export function zonesOf(cluster: Cluster | undefined, region: string): string[] {
  const zones = Object.keys(cluster?.SubnetMapping ?? {});
  return zones.length > 0 ? zones : [`${region}a`];
}

export interface CreateClusterOptions {
  /** The backup to restore; its HsmType is used. */
  source?: Backup;
  /** How to name the source: its id (default) or its ARN. */
  sourceId?: string;
  client?: CloudHsmV2Client;
  /** Where the deletion is registered: the check's cleanups (default), or the run's for a shared fixture. */
  cleanups?: Cleanups;
}

/** Creates a cluster (restored from `source` when given) tagged with the run tag, and deletes it again later. */
export async function createCluster(t: CheckContext, region: string, options: CreateClusterOptions = {}) {
  const { source, client = t.client(region), cleanups = t.cleanups } = options;
  const out = await client.createCluster({
    HsmType: source?.HsmType ?? t.target.cluster.hsmType,
    SubnetIds: t.target.cluster.subnetIds,
    ...(source ? { SourceBackupId: options.sourceId ?? source.BackupId } : {}),
    TagList: [t.runTag],
  });
  const clusterId = out.Cluster?.ClusterId;
  if (!clusterId) {
    throw new CheckFailed("CreateCluster returned no ClusterId");
  }
  cleanups.push(`delete cluster ${clusterId}`, () => deleteCluster(t, clusterId, region, client));
  return out.Cluster as Cluster;
}

/** Waits until a new cluster leaves CREATE_IN_PROGRESS and fails unless it is then `state`. */
export async function createdAs(
  t: CheckContext,
  created: Cluster,
  region: string,
  state: "ACTIVE" | "UNINITIALIZED",
  how: string,
): Promise<Cluster> {
  const clusterId = created.ClusterId as string;
  const settled = await untilCluster(
    t,
    clusterId,
    region,
    "out of CREATE_IN_PROGRESS",
    (c) => !!c && c.State !== "CREATE_IN_PROGRESS",
    "clusterCreate",
  );
  if (settled?.State !== state) {
    failWith(`cluster ${clusterId}, ${how}, became ${settled?.State ?? "not listed"} instead of ${state}`);
  }
  return settled;
}

/** Adds an HSM in the cluster's first Availability Zone and waits until it is ACTIVE. */
export async function addHsm(t: CheckContext, cluster: Cluster, region: string): Promise<Hsm> {
  const clusterId = cluster.ClusterId as string;
  const { Hsm: hsm } = await t
    .client(region)
    .createHsm({ ClusterId: clusterId, AvailabilityZone: zonesOf(cluster, region)[0] as string });
  const hsmId = hsm?.HsmId ?? failWith(`CreateHsm in ${clusterId} returned no HsmId`);
  await untilCluster(
    t,
    clusterId,
    region,
    `has HSM ${hsmId} ACTIVE`,
    (c) => (c?.Hsms ?? []).some((h) => h.HsmId === hsmId && h.State === "ACTIVE"),
    "hsmCreate",
  );
  return hsm as Hsm;
}

/** Deletes an HSM and waits until the cluster no longer lists it as anything but DELETED. */
export async function removeHsm(t: CheckContext, clusterId: string, hsmId: string, region: string): Promise<void> {
  await t.client(region).deleteHsm({ ClusterId: clusterId, HsmId: hsmId });
  await untilHsmGone(t, clusterId, hsmId, region);
}

/** Waits until the cluster lists the HSM as DELETED or not at all. */
export function untilHsmGone(t: CheckContext, clusterId: string, hsmId: string, region: string) {
  const gone = (c: Cluster | undefined) => !(c?.Hsms ?? []).some((h) => h.HsmId === hsmId && h.State !== "DELETED");
  return untilCluster(t, clusterId, region, `without HSM ${hsmId}`, gone, "hsmDelete");
}

/** Waits until a backup of `clusterId` not among `before` is listed and READY (the service made it). */
export async function newBackupOf(
  t: CheckContext,
  clusterId: string,
  region: string,
  before: ReadonlySet<string>,
): Promise<Backup> {
  const fresh = async () =>
    (await describeAllBackups(t.client(region), { Filters: { clusterIds: [clusterId] } })).backups.filter(
      (b) => !before.has(b.BackupId),
    );
  const listed = await t.waitFor(
    `a new backup of ${clusterId} READY`,
    fresh,
    (l) => l.some((b) => b.BackupState === "READY"),
    { advanceSeconds: advanceFor(t, "backupCreate") },
  );
  return listed.find((b) => b.BackupState === "READY") as Backup;
}

/** The ids of the backups of `clusterId` listed now (taken before an action that makes a backup). */
export async function backupIdsOf(t: CheckContext, clusterId: string, region: string): Promise<Set<string>> {
  const { backups } = await describeAllBackups(t.client(region), { Filters: { clusterIds: [clusterId] } });
  return new Set(backups.map((b) => b.BackupId));
}

/**
 * Deletes a cluster (cleanup, sweep): waits until it has left CREATE_IN_PROGRESS, deletes its HSMs and waits
 * until they are gone (advancing the emulated clock by the relevant delays), then deletes the cluster.
 */
export async function deleteCluster(
  t: CheckContext,
  clusterId: string,
  region: string,
  client: CloudHsmV2Client = t.client(region),
): Promise<void> {
  const settled = await untilCluster(
    t,
    clusterId,
    region,
    "out of CREATE_IN_PROGRESS",
    (c) => c?.State !== "CREATE_IN_PROGRESS",
    "clusterCreate",
    client,
  );
  if (!settled || settled.State === "DELETED" || settled.State === "DELETE_IN_PROGRESS") {
    return;
  }
  // An HSM still being created cannot be deleted yet: wait for it first.
  const built = (settled.Hsms ?? []).some((h) => h.State === "CREATE_IN_PROGRESS")
    ? await untilCluster(t, clusterId, region, "without HSMs being created", noneCreating, "hsmCreate", client)
    : settled;
  const hsms = (built?.Hsms ?? []).filter((h) => h.State !== "DELETE_IN_PROGRESS" && h.State !== "DELETED");
  for (const hsm of hsms) {
    await client.deleteHsm({ ClusterId: clusterId, HsmId: hsm.HsmId });
    t.note(`deleted HSM ${hsm.HsmId} of ${clusterId}`);
  }
  if ((settled.Hsms ?? []).length > 0) {
    await untilCluster(
      t,
      clusterId,
      region,
      "without HSMs",
      (c) => (c?.Hsms ?? []).every((h) => h.State === "DELETED"),
      "hsmDelete",
      client,
    );
  }
  await client.deleteCluster({ ClusterId: clusterId });
}

const noneCreating = (c: Cluster | undefined) => !(c?.Hsms ?? []).some((h) => h.State === "CREATE_IN_PROGRESS");

export function failWith(message: string): never {
  throw new CheckFailed(message);
}
