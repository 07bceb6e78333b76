import { describe, expect, it } from "vitest";
import { createHarness } from "./helpers.js";

const OWNER = { accessKeyId: "111122223333" };
const FRIEND = { accessKeyId: "444455556666" };
const STRANGER = { accessKeyId: "777788889999" };
const policyFor = (account: string) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: ["cloudhsm:CreateCluster", "cloudhsm:DescribeBackups"],
      },
    ],
  });

/** Resource policies and shared backups (API_PutResourcePolicy; sharing.html; cloudhsmv2-api.md §2.1). */
describe("backup sharing", () => {
  it('Put/Get/DeleteResourcePolicy on a READY backup you own; Get without a policy is "{}"', async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster(OWNER);
    const ResourceArn = (await h.describeBackup(backupId, OWNER)).BackupArn;
    expect(await h.ok("GetResourcePolicy", { ResourceArn }, OWNER)).toEqual({ Policy: "{}" });
    const Policy = policyFor(FRIEND.accessKeyId);
    expect(await h.ok("PutResourcePolicy", { ResourceArn, Policy }, OWNER)).toEqual({ ResourceArn, Policy });
    expect(await h.ok("GetResourcePolicy", { ResourceArn }, OWNER)).toEqual({ Policy });
    expect(await h.ok("DeleteResourcePolicy", { ResourceArn }, OWNER)).toEqual({ ResourceArn, Policy });
    expect(await h.ok("GetResourcePolicy", { ResourceArn }, OWNER)).toEqual({ Policy: "{}" });
  });

  it("refuses to share a backup that is not READY, that you do not own, or with a policy that is not JSON", async () => {
    const h = createHarness();
    const { clusterId, backupId } = await h.activeCluster(OWNER);
    const ResourceArn = (await h.describeBackup(backupId, OWNER)).BackupArn;
    const notJson = await h.call("PutResourcePolicy", { ResourceArn, Policy: "share please" }, OWNER);
    expect(notJson.body.__type).toBe("CloudHsmInvalidRequestException");
    const foreign = await h.call("PutResourcePolicy", { ResourceArn, Policy: policyFor(STRANGER.accessKeyId) }, FRIEND);
    expect(foreign.body.__type).toBe("CloudHsmAccessDeniedException");
    const inProgress = await h.control.backupNow(clusterId);
    const pendingArn = inProgress.BackupArn;
    const notReady = await h.call(
      "PutResourcePolicy",
      { ResourceArn: pendingArn, Policy: policyFor(FRIEND.accessKeyId) },
      OWNER,
    );
    expect(notReady.body.__type).toBe("CloudHsmInvalidRequestException");
    const cluster = await h.call(
      "PutResourcePolicy",
      { ResourceArn: `arn:aws:cloudhsm:us-east-1:111122223333:cluster/${clusterId}`, Policy: "{}" },
      OWNER,
    );
    expect(cluster.body.__type).toBe("CloudHsmInvalidRequestException");
    const missing = await h.call("GetResourcePolicy", {}, OWNER);
    expect(missing.body.__type).toBe("CloudHsmInvalidRequestException");
  });

  it("DescribeBackups Shared lists what others share with you through a promoted share, and only that", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster(OWNER);
    const ResourceArn = (await h.describeBackup(backupId, OWNER)).BackupArn;
    await h.ok("PutResourcePolicy", { ResourceArn, Policy: policyFor(FRIEND.accessKeyId) }, OWNER);
    expect((await h.ok("DescribeBackups", { Shared: true }, FRIEND)).Backups).toEqual([]);
    await h.control.promoteResourceShare(ResourceArn);
    const shared = await h.ok("DescribeBackups", { Shared: true }, FRIEND);
    expect(shared.Backups.map((b: { BackupId: string }) => b.BackupId)).toEqual([backupId]);
    expect((await h.ok("DescribeBackups", {}, FRIEND)).Backups).toEqual([]);
    expect((await h.ok("DescribeBackups", { Shared: true }, STRANGER)).Backups).toEqual([]);
    expect((await h.ok("DescribeBackups", { Shared: true }, { ...FRIEND, region: "us-west-2" })).Backups).toEqual([]);
  });

  it("CreateCluster from a backup: own ID or ARN, or another account's shared ARN; the cluster goes straight to ACTIVE", async () => {
    const h = createHarness();
    const { backupId } = await h.activeCluster(OWNER);
    const ResourceArn = (await h.describeBackup(backupId, OWNER)).BackupArn;
    const base = { HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] };
    const own = await h.ok("CreateCluster", { ...base, SourceBackupId: backupId }, OWNER);
    expect(own.Cluster.SourceBackupId).toBe(backupId);
    const notShared = await h.call("CreateCluster", { ...base, SourceBackupId: ResourceArn }, FRIEND);
    expect(notShared.body.__type).toBe("CloudHsmResourceNotFoundException");
    const byId = await h.call("CreateCluster", { ...base, SourceBackupId: backupId }, FRIEND);
    expect(byId.body.__type).toBe("CloudHsmResourceNotFoundException");
    await h.ok("PutResourcePolicy", { ResourceArn, Policy: policyFor(FRIEND.accessKeyId) }, OWNER);
    const { Cluster } = await h.ok("CreateCluster", { ...base, SourceBackupId: ResourceArn }, FRIEND);
    expect(Cluster).toMatchObject({ State: "CREATE_IN_PROGRESS", SourceBackupId: backupId });
    await h.control.advance(h.emu.settings().delays.clusterCreate);
    const after = (await h.ok("DescribeClusters", {}, FRIEND)).Clusters[0];
    expect(after.State).toBe("ACTIVE");
    await h.ok("DeleteBackup", { BackupId: backupId }, OWNER);
    const deleted = await h.call("CreateCluster", { ...base, SourceBackupId: backupId }, OWNER);
    expect(deleted.body.__type).toBe("CloudHsmInvalidRequestException");
  });
});
