import { FAKE_CERT, PRIMARY, SECOND_ACCOUNT, sharePolicy, type Walk } from "./traffic-walk.js";

const NEW_CLUSTER = { HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] };
const ZONE = `${PRIMARY}a`;
const CERTS = { SignedCert: FAKE_CERT, TrustAnchor: FAKE_CERT };

/**
 * Sharing a READY backup with the second account: a policy only, then promoted to a RAM share (control protocol),
 * listed by that account with and without Shared; a policy put by that account; the policy deleted, and a cluster
 * that account asks for from the backup afterwards.
 */
export async function walkSharing(w: Walk, backupId: string): Promise<void> {
  const c = w.client();
  const asOther = w.client(PRIMARY, SECOND_ACCOUNT);
  const arn = (await c.describeBackups({ Filters: { backupIds: [backupId] } })).Backups?.[0]?.BackupArn ?? "";
  const fromBackup = () => asOther.createCluster({ ...NEW_CLUSTER, SourceBackupId: arn });
  await w.step("a policy put by the other account", () =>
    asOther.putResourcePolicy({ ResourceArn: arn, Policy: sharePolicy(arn) }),
  );
  await w.step("share a backup by policy and list it as the other account", async () => {
    await c.putResourcePolicy({ ResourceArn: arn, Policy: sharePolicy(arn) });
    await c.getResourcePolicy({ ResourceArn: arn });
    await fromBackup();
    await asOther.describeBackups({ Shared: true, Filters: { backupIds: [backupId] } });
  });
  await w.step("promote the share and list it as the other account", async () => {
    await w.control.promoteResourceShare(arn);
    await asOther.describeBackups({ Shared: true });
    await asOther.describeBackups({});
  });
  await w.step("end the share, then ask for a cluster from the backup", async () => {
    await c.deleteResourcePolicy({ ResourceArn: arn });
    await fromBackup();
  });
}

/** The cluster's HSMs as DescribeClusters lists them now (none when a fault makes the listing fail). */
async function hsmsOf(w: Walk, clusterId: string) {
  try {
    const listed = await w.client().describeClusters({ Filters: { clusterIds: [clusterId] } });
    return listed.Clusters?.[0]?.Hsms ?? [];
  } catch {
    return [];
  }
}

/**
 * A cluster from creation to initialization with the calls its states refuse (an HSM while it is being created,
 * initialization without an HSM, a second HSM before activation, deletion with an HSM), then, on the ACTIVE
 * cluster `activeId`: initialization, an HSM in another Region's zone, HSMs added and deleted by each selector
 * (none and several too), and the listings that show the HSM changes and the backups they make.
 */
export async function walkClusterLifecycle(w: Walk, activeId: string): Promise<void> {
  const c = w.client();
  let fresh = "";
  await w.step("an HSM for a cluster still being created", async () => {
    fresh = (await c.createCluster(NEW_CLUSTER)).Cluster?.ClusterId ?? "";
    await c.createHsm({ ClusterId: fresh, AvailabilityZone: ZONE });
  });
  await w.step("list the new cluster, then initialize it without an HSM", async () => {
    await w.control.advance(300);
    await c.describeClusters({ Filters: { clusterIds: [fresh] } });
    await c.initializeCluster({ ClusterId: fresh, ...CERTS });
  });
  await w.step("the first HSM, and DeleteCluster while it is there", async () => {
    await c.createHsm({ ClusterId: fresh, AvailabilityZone: ZONE });
    await w.control.advance(400);
    await c.deleteCluster({ ClusterId: fresh });
  });
  await w.step("initialize, and list the cluster once initialized", async () => {
    await c.initializeCluster({ ClusterId: fresh, ...CERTS });
    await w.control.advance(100);
    await c.describeClusters({ Filters: { clusterIds: [fresh] } });
  });
  await w.step("a second HSM before activation", () => c.createHsm({ ClusterId: fresh, AvailabilityZone: ZONE }));
  await w.step("initialize an ACTIVE cluster", () => c.initializeCluster({ ClusterId: activeId, ...CERTS }));
  await w.step("an HSM in another Region's zone", () =>
    c.createHsm({ ClusterId: activeId, AvailabilityZone: "us-west-2a" }),
  );
  await w.step("add an HSM to the ACTIVE cluster and list its backups", async () => {
    await c.createHsm({ ClusterId: activeId, AvailabilityZone: ZONE });
    await w.control.advance(400);
    await c.describeBackups({ Filters: { clusterIds: [activeId] } });
  });
  const [first, second] = await hsmsOf(w, activeId);
  await w.step("delete an HSM with two selectors", () =>
    c.deleteHsm({ ClusterId: activeId, HsmId: first?.HsmId, EniId: first?.EniId }),
  );
  await w.step("delete an HSM with no selector", () => c.deleteHsm({ ClusterId: activeId }));
  await w.step("delete an HSM by ENI id", () => c.deleteHsm({ ClusterId: activeId, EniId: first?.EniId }));
  await w.step("delete an HSM by ENI IP", () => c.deleteHsm({ ClusterId: activeId, EniIp: second?.EniIp }));
  await w.step("delete an HSM by id and list the cluster and its backups", async () => {
    await c.createHsm({ ClusterId: activeId, AvailabilityZone: ZONE });
    await w.control.advance(400);
    const [hsm] = await hsmsOf(w, activeId);
    await c.describeBackups({ Filters: { clusterIds: [activeId] } });
    await c.deleteHsm({ ClusterId: activeId, HsmId: hsm?.HsmId });
    await c.describeClusters({ Filters: { clusterIds: [activeId] } });
    await w.control.advance(400);
    await c.describeClusters({ Filters: { clusterIds: [activeId] } });
    await c.describeBackups({ Filters: { clusterIds: [activeId] } });
  });
}
