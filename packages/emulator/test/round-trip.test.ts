import {
  CloudHsmInvalidRequestException,
  CloudHsmResourceLimitExceededException,
  CloudHsmResourceNotFoundException,
  createCloudHsmV2Client,
  isCloudHsmV2ServiceError,
  paginateDescribeBackups,
  paginateDescribeClusters,
  paginateListTags,
  waitUntilBackupState,
} from "@cloudhsm-kit/client";
import { describe, expect, it } from "vitest";
import { BASE, checkingFetch, createHarness } from "./helpers.js";

/**
 * The project's client → `emulator.fetch`, no sockets: every operation, paginators, the waiter, typed errors. Every
 * reply goes through the harness's check (spec schema for a 200, AWS's error shape, a request id).
 */
function setup() {
  const { emu, control } = createHarness({
    delays: {
      backupCreate: 0,
      copy: 0,
      clusterCreate: 0,
      hsmCreate: 0,
      hsmDelete: 0,
      clusterInitialize: 0,
      clusterDelete: 0,
    },
  });
  const fetch = checkingFetch(emu);
  const client = (region = "us-east-1", accessKeyId = "111122223333") =>
    createCloudHsmV2Client({
      region,
      endpoint: BASE,
      credentials: { accessKeyId, secretAccessKey: "test" },
      fetch,
      maxAttempts: 1,
    });
  return { emu, client, control };
}

describe("@cloudhsm-kit/client against the emulator", () => {
  it("runs all 18 operations", async () => {
    const { client, control } = setup();
    const east = client();
    const { Cluster } = await east.createCluster({ HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] });
    const ClusterId = Cluster?.ClusterId as string;
    await control.advance(0);
    const { Hsm } = await east.createHsm({ ClusterId, AvailabilityZone: "us-east-1a" });
    await control.advance(0);
    expect((await east.initializeCluster({ ClusterId, SignedCert: "c", TrustAnchor: "t" })).State).toBe(
      "INITIALIZE_IN_PROGRESS",
    );
    await control.advance(0);
    const { Backup } = await control.activate(ClusterId);
    const BackupId = Backup.BackupId;
    const ready = await waitUntilBackupState(east, {
      BackupId,
      states: ["READY"],
      timeoutMs: 5_000,
      pollIntervalMs: 1,
    });
    expect(ready.state).toBe("READY");
    expect((await east.describeClusters({})).Clusters?.[0]?.State).toBe("ACTIVE");
    await east.tagResource({ ResourceId: BackupId, TagList: [{ Key: "k", Value: "v" }] });
    expect((await east.listTags({ ResourceId: BackupId })).TagList).toEqual([{ Key: "k", Value: "v" }]);
    await east.untagResource({ ResourceId: BackupId, TagKeyList: ["k"] });
    expect((await east.modifyBackupAttributes({ BackupId, NeverExpires: true })).Backup?.NeverExpires).toBe(true);
    const ResourceArn = Backup.BackupArn as string;
    const Policy = JSON.stringify({
      Statement: [{ Effect: "Allow", Principal: { AWS: "444455556666" }, Action: "*" }],
    });
    expect(await east.putResourcePolicy({ ResourceArn, Policy })).toMatchObject({ ResourceArn, Policy });
    expect((await east.getResourcePolicy({ ResourceArn })).Policy).toBe(Policy);
    await control.promoteResourceShare(ResourceArn);
    const shared = await client("us-east-1", "444455556666").describeBackups({ Shared: true });
    expect(shared.Backups?.map((b) => b.BackupId)).toEqual([BackupId]);
    expect((await east.deleteResourcePolicy({ ResourceArn })).ResourceArn).toBe(ResourceArn);
    const copy = await east.copyBackupToRegion({ BackupId, DestinationRegion: "eu-west-1" });
    const west = await client("eu-west-1").describeBackups({ Filters: { sourceBackupIds: [BackupId] } });
    const copyId = west.Backups?.[0]?.BackupId as string;
    expect(copy.DestinationBackup?.SourceBackup).toBe(BackupId);
    const copied = await waitUntilBackupState(east, {
      BackupId: copyId,
      region: "eu-west-1",
      states: ["READY"],
      timeoutMs: 5_000,
      pollIntervalMs: 1,
    });
    expect(copied.backup.SourceRegion).toBe("us-east-1");
    expect((await east.deleteBackup({ BackupId })).Backup?.BackupState).toBe("PENDING_DELETION");
    expect((await east.restoreBackup({ BackupId })).Backup?.BackupState).toBe("READY");
    await east.modifyCluster({ ClusterId, BackupRetentionPolicy: { Type: "DAYS", Value: "14" } });
    expect((await east.deleteHsm({ ClusterId, HsmId: Hsm?.HsmId as string })).HsmId).toBe(Hsm?.HsmId);
    await control.advance(0);
    expect((await east.deleteCluster({ ClusterId })).Cluster?.State).toBe("DELETE_IN_PROGRESS");
  });

  it("paginates DescribeBackups, DescribeClusters and ListTags to the end", async () => {
    const { client, control, emu } = setup();
    const east = client();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      ids.push(
        (await east.createCluster({ HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] })).Cluster
          ?.ClusterId as string,
      );
    }
    const clusters: string[] = [];
    for await (const page of paginateDescribeClusters(east, { MaxResults: 3 })) {
      clusters.push(...(page.Clusters ?? []).map((c) => c.ClusterId as string));
    }
    expect(clusters.sort()).toEqual([...ids].sort());
    // Backups through the control API on a cluster made ACTIVE from the export (no HSM needed for backup-now).
    const state = emu.exportState();
    for (const ns of state.namespaces) {
      for (const c of ns.clusters) {
        c.State = "ACTIVE";
      }
    }
    emu.importState(state);
    for (let i = 0; i < 11; i++) {
      await control.backupNow(ids[0] as string);
    }
    const backups: string[] = [];
    for await (const page of paginateDescribeBackups(east, { MaxResults: 4 })) {
      backups.push(...(page.Backups ?? []).map((b) => b.BackupId));
    }
    expect(new Set(backups).size).toBe(11);
    const target = backups[0] as string;
    await east.tagResource({
      ResourceId: target,
      TagList: Array.from({ length: 9 }, (_, i) => ({ Key: `k${i}`, Value: "" })),
    });
    const tags: string[] = [];
    for await (const page of paginateListTags(east, { ResourceId: target, MaxResults: 2 })) {
      tags.push(...(page.TagList ?? []).map((t) => t.Key));
    }
    expect(tags).toEqual(Array.from({ length: 9 }, (_, i) => `k${i}`));
  });

  it("raises the client's typed errors with status and request id", async () => {
    const { client } = setup();
    const east = client();
    const notFound = await east.deleteBackup({ BackupId: "backup-abcdefghijk" }).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(CloudHsmResourceNotFoundException);
    expect(isCloudHsmV2ServiceError(notFound)).toBe(true);
    const e = notFound as CloudHsmResourceNotFoundException;
    expect(e.$fault).toBe("client");
    expect(e.$metadata.httpStatusCode).toBe(400);
    expect(e.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const invalid = await east
      .modifyCluster({ ClusterId: "cluster-abcdefghijk", BackupRetentionPolicy: { Type: "DAYS", Value: "1000" } })
      .catch((x: unknown) => x);
    expect(invalid).toBeInstanceOf(CloudHsmInvalidRequestException);
    const { Cluster } = await east.createCluster({
      HsmType: "hsm2m.medium",
      SubnetIds: ["subnet-0123456789abcdef0"],
      TagList: Array.from({ length: 50 }, (_, i) => ({ Key: `t${i}`, Value: "" })),
    });
    const limit = await east
      .tagResource({ ResourceId: Cluster?.ClusterId as string, TagList: [{ Key: "x", Value: "" }] })
      .catch((x: unknown) => x);
    expect(limit).toBeInstanceOf(CloudHsmResourceLimitExceededException);
  });

  it("goes through a transport that refuses replies the spec does not admit", async () => {
    const { emu } = setup();
    const lying = checkingFetch({
      ...emu,
      fetch: async () =>
        new Response(JSON.stringify({ Backups: [{ BackupId: "backup-0" }] }), {
          headers: { "Content-Type": "application/x-amz-json-1.1", "x-amzn-RequestId": "req-1" },
        }),
    });
    const client = createCloudHsmV2Client({
      region: "us-east-1",
      endpoint: BASE,
      credentials: { accessKeyId: "111122223333", secretAccessKey: "test" },
      fetch: lying,
      maxAttempts: 1,
    });
    await expect(client.describeBackups({})).rejects.toThrow(/DescribeBackups reply does not match the spec/);
  });
});
