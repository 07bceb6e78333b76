import { describe, expect, it } from "vitest";
import { createHarness, withUndoc } from "../../../../test/helpers.js";

const OWNER = { accessKeyId: "111122223333" };
const FRIEND = { accessKeyId: "444455556666" };
const STRANGER = { accessKeyId: "777788889999" };
const policyFor = (...accounts: string[]) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { AWS: accounts.map((a) => `arn:aws:iam::${a}:root`) },
        Action: ["cloudhsm:CreateCluster", "cloudhsm:DescribeBackups"],
      },
    ],
  });
const fromBackup = (SourceBackupId: string) => ({
  HsmType: "hsm2m.medium",
  SubnetIds: ["subnet-0123456789abcdef0"],
  SourceBackupId,
});

/** A READY backup of OWNER's, shared with FRIEND by PutResourcePolicy only. */
async function sharedByPolicy() {
  const h = createHarness();
  const { backupId } = await h.activeCluster(OWNER);
  const ResourceArn = (await h.describeBackup(backupId, OWNER)).BackupArn as string;
  await h.ok("PutResourcePolicy", { ResourceArn, Policy: policyFor(FRIEND.accessKeyId) }, OWNER);
  const listed = async (who: { accessKeyId: string }, region = "us-east-1") =>
    (await h.ok("DescribeBackups", { Shared: true }, { ...who, region })).Backups.map(
      (b: { BackupId: string }) => b.BackupId,
    );
  return { h, backupId, ResourceArn, listed };
}

/** Sharing as API_PutResourcePolicy, DescribeBackupsRequest `Shared` and API_DeleteResourcePolicy describe it. */
describe("resource shares", () => {
  it("a policy alone lets the named account create a cluster by ARN, but does not list the backup under Shared", async () => {
    const { h, backupId, ResourceArn, listed } = await sharedByPolicy();
    expect(await listed(FRIEND)).toEqual([]);
    const { Cluster } = await h.ok("CreateCluster", fromBackup(ResourceArn), FRIEND);
    expect(Cluster.SourceBackupId).toBe(backupId);
    const stranger = await h.call("CreateCluster", fromBackup(ResourceArn), STRANGER);
    expect(stranger.body.__type).toBe("CloudHsmResourceNotFoundException");
  });

  it("a promoted share lists the backup for the accounts the policy names, in the backup's region only", async () => {
    const { h, backupId, ResourceArn, listed } = await sharedByPolicy();
    expect(await h.control.promoteResourceShare(ResourceArn)).toEqual({ ResourceArn, Promoted: true });
    expect(await listed(FRIEND)).toEqual([backupId]);
    expect(await listed(STRANGER)).toEqual([]);
    expect(await listed(OWNER)).toEqual([]);
    expect(await listed(FRIEND, "us-west-2")).toEqual([]);
    // Promoting again changes nothing.
    expect(await h.control.promoteResourceShare(ResourceArn)).toEqual({ ResourceArn, Promoted: true });
    expect(await listed(FRIEND)).toEqual([backupId]);
    // Shared lists only what others share: the friend's own backups are not among them.
    expect((await h.ok("DescribeBackups", {}, FRIEND)).Backups).toEqual([]);
  });

  it("DeleteResourcePolicy ends the share and its promotion, and leaves clusters made from the backup alone", async () => {
    const { h, ResourceArn, listed } = await sharedByPolicy();
    await h.control.promoteResourceShare(ResourceArn);
    const { Cluster } = await h.ok("CreateCluster", fromBackup(ResourceArn), FRIEND);
    await h.ok("DeleteResourcePolicy", { ResourceArn }, OWNER);
    expect(await listed(FRIEND)).toEqual([]);
    const refused = await h.call("CreateCluster", fromBackup(ResourceArn), FRIEND);
    expect(refused.body.__type).toBe("CloudHsmResourceNotFoundException");
    await h.control.advance(h.emu.settings().delays.clusterCreate);
    const [after] = (await h.ok("DescribeClusters", {}, FRIEND)).Clusters;
    expect(after).toMatchObject({
      ClusterId: Cluster.ClusterId,
      State: "ACTIVE",
      SourceBackupId: Cluster.SourceBackupId,
    });
    // A new policy is a new share: not listed until it is promoted.
    await h.ok("PutResourcePolicy", { ResourceArn, Policy: policyFor(FRIEND.accessKeyId) }, OWNER);
    expect(await listed(FRIEND)).toEqual([]);
  });

  it("PutResourcePolicy replacing a promoted policy leaves the new share unpromoted (UNDOC.replacedPolicyStaysPromoted)", async () => {
    const { h, backupId, ResourceArn, listed } = await sharedByPolicy();
    await h.control.promoteResourceShare(ResourceArn);
    const both = policyFor(FRIEND.accessKeyId, STRANGER.accessKeyId);
    await h.ok("PutResourcePolicy", { ResourceArn, Policy: both }, OWNER);
    expect(await listed(FRIEND)).toEqual([]);
    expect(await listed(STRANGER)).toEqual([]);
    await h.control.promoteResourceShare(ResourceArn);
    expect(await listed(STRANGER)).toEqual([backupId]);
    await withUndoc("replacedPolicyStaysPromoted", true, async () => {
      await h.ok("PutResourcePolicy", { ResourceArn, Policy: policyFor(STRANGER.accessKeyId) }, OWNER);
      expect(await listed(STRANGER)).toEqual([backupId]);
      expect(await listed(FRIEND)).toEqual([]);
    });
  });

  it("a backup whose 7-day window ends loses its policy and its promotion", async () => {
    const { h, ResourceArn, backupId, listed } = await sharedByPolicy();
    await h.control.promoteResourceShare(ResourceArn);
    await h.ok("DeleteBackup", { BackupId: backupId }, OWNER);
    expect(await listed(FRIEND)).toEqual([backupId]);
    await h.control.advance(7 * 86_400);
    const ns = h.emu.exportState().namespaces.find((n) => n.account === OWNER.accessKeyId);
    expect(ns).toMatchObject({ policies: {}, promotedShares: [] });
    expect(await listed(FRIEND)).toEqual([]);
  });

  it("the promotion survives export and import of the state", async () => {
    const { h, backupId, ResourceArn, listed } = await sharedByPolicy();
    await h.control.promoteResourceShare(ResourceArn);
    const state = h.emu.exportState();
    await h.control.reset();
    await h.control.importState(state);
    expect(await listed(FRIEND)).toEqual([backupId]);
  });
});
