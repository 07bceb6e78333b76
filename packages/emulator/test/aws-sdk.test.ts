import {
  CloudHSMV2,
  CloudHsmAccessDeniedException,
  CloudHsmInvalidRequestException,
  CloudHsmResourceNotFoundException,
} from "@aws-sdk/client-cloudhsm-v2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../src/index.js";
import { FROZEN_REAL_TIME_MS } from "./helpers.js";

/**
 * The official AWS SDK for JavaScript v3 (`@aws-sdk/client-cloudhsm-v2` 3.332.0), unmodified except for its
 * endpoint, against a started emulator: every operation it has (15; it predates the resource-policy operations),
 * and its typed exceptions.
 */
let running: RunningEmulator;
const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const sdk = (region: string) => new CloudHSMV2({ region, endpoint: running.url, credentials, maxAttempts: 1 });

beforeAll(async () => {
  // Real time frozen: emulated time moves only with advance, so the copy is still CREATE_IN_PROGRESS when read.
  running = await startEmulator({ port: 0, log: () => undefined, realTimeMs: () => FROZEN_REAL_TIME_MS });
});
afterAll(() => running.close());

describe("official AWS SDK v3 against the emulator", () => {
  it("drives all 15 of its operations", async () => {
    const east = sdk("us-east-1");
    const d = (await running.control.getSettings()).delays;
    const { Cluster } = await east.createCluster({
      HsmType: "hsm2m.medium",
      SubnetIds: ["subnet-0123456789abcdef0"],
      TagList: [{ Key: "env", Value: "test" }],
    });
    const ClusterId = Cluster?.ClusterId as string;
    expect(Cluster?.State).toBe("CREATE_IN_PROGRESS");
    await running.control.advance(d.clusterCreate);
    const { Hsm } = await east.createHsm({ ClusterId, AvailabilityZone: "us-east-1a" });
    await running.control.advance(d.hsmCreate);
    const init = await east.initializeCluster({ ClusterId, SignedCert: "cert", TrustAnchor: "anchor" });
    expect(init.State).toBe("INITIALIZE_IN_PROGRESS");
    await running.control.advance(d.clusterInitialize);
    const { Backup } = await running.control.activate(ClusterId);
    await running.control.advance(d.backupCreate);
    const BackupId = Backup.BackupId;

    const described = await east.describeBackups({ Filters: { backupIds: [BackupId] } });
    expect(described.Backups?.[0]?.BackupState).toBe("READY");
    expect(described.Backups?.[0]?.CreateTimestamp).toBeInstanceOf(Date);
    expect((await east.describeClusters({})).Clusters?.[0]?.State).toBe("ACTIVE");

    await east.tagResource({ ResourceId: BackupId, TagList: [{ Key: "k", Value: "v" }] });
    expect((await east.listTags({ ResourceId: BackupId })).TagList).toEqual([
      { Key: "env", Value: "test" },
      { Key: "k", Value: "v" },
    ]);
    await east.untagResource({ ResourceId: BackupId, TagKeyList: ["k"] });

    const modified = await east.modifyBackupAttributes({ BackupId, NeverExpires: true });
    expect(modified.Backup?.NeverExpires).toBe(true);
    const copy = await east.copyBackupToRegion({ BackupId, DestinationRegion: "us-west-2" });
    expect(copy.DestinationBackup?.SourceBackup).toBe(BackupId);
    const copies = await sdk("us-west-2").describeBackups({ Filters: { sourceBackupIds: [BackupId] } });
    expect(copies.Backups?.[0]?.BackupState).toBe("CREATE_IN_PROGRESS");

    const deleted = await east.deleteBackup({ BackupId });
    expect(deleted.Backup?.BackupState).toBe("PENDING_DELETION");
    expect(deleted.Backup?.DeleteTimestamp).toBeInstanceOf(Date);
    const restored = await east.restoreBackup({ BackupId });
    expect(restored.Backup?.BackupState).toBe("READY");

    const retention = await east.modifyCluster({ ClusterId, BackupRetentionPolicy: { Type: "DAYS", Value: "30" } });
    expect(retention.Cluster?.BackupRetentionPolicy?.Value).toBe("30");
    expect((await east.deleteHsm({ ClusterId, HsmId: Hsm?.HsmId })).HsmId).toBe(Hsm?.HsmId);
    await running.control.advance(d.hsmDelete);
    const gone = await east.deleteCluster({ ClusterId });
    expect(gone.Cluster?.State).toBe("DELETE_IN_PROGRESS");
  });

  it("raises its typed exceptions with AWS's fields", async () => {
    const east = sdk("us-east-1");
    const notFound = await east.deleteBackup({ BackupId: "backup-abcdefghijk" }).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(CloudHsmResourceNotFoundException);
    const e = notFound as CloudHsmResourceNotFoundException;
    expect(e.$metadata.httpStatusCode).toBe(400);
    expect(e.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(e.$fault).toBe("client");
    expect(e.message).toContain("backup-abcdefghijk");
    const invalid = await east
      .copyBackupToRegion({ BackupId: "backup-abcdefghijk", DestinationRegion: "us-east-1-nope" })
      .catch((err: unknown) => err);
    expect(invalid).toBeInstanceOf(CloudHsmInvalidRequestException);
  });

  it("reports strict-mode refusals as AWS does", async () => {
    const strict = await startEmulator({
      port: 0,
      log: () => undefined,
      strict: { keys: [{ accessKeyId: "AKIDSTRICT", secretAccessKey: "right", regions: ["us-east-1"] }] },
    });
    try {
      const client = (region: string, secretAccessKey: string, accessKeyId = "AKIDSTRICT") =>
        new CloudHSMV2({ region, endpoint: strict.url, credentials: { accessKeyId, secretAccessKey }, maxAttempts: 1 });
      expect((await client("us-east-1", "right").describeBackups({})).Backups).toEqual([]);
      const wrong = await client("us-east-1", "wrong")
        .describeBackups({})
        .catch((e: unknown) => e);
      expect((wrong as { name: string }).name).toBe("InvalidSignatureException");
      expect((wrong as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(400);
      const unknown = await client("us-east-1", "right", "AKIDUNKNOWN")
        .describeBackups({})
        .catch((e: unknown) => e);
      expect((unknown as { name: string }).name).toBe("UnrecognizedClientException");
      const region = await client("eu-west-1", "right")
        .describeBackups({})
        .catch((e: unknown) => e);
      expect(region).toBeInstanceOf(CloudHsmAccessDeniedException);
      const copy = await client("us-east-1", "right")
        .copyBackupToRegion({ BackupId: "backup-abcdefghijk", DestinationRegion: "us-west-2" })
        .catch((e: unknown) => e);
      expect(copy).toBeInstanceOf(CloudHsmAccessDeniedException);
    } finally {
      await strict.close();
    }
  });
});
