import {
  AlreadyExistsException,
  Backup,
  InvalidParameterValueException,
  InvalidRequestException,
  ResourceNotFoundException,
} from "@aws-sdk/client-backup";
import { CloudHSMV2 } from "@aws-sdk/client-cloudhsm-v2";
import { createControlClient } from "@cloudhsm-kit/spec/control";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmulator } from "../src/emulator.js";
import { startEmulator } from "../src/index.js";
import { type SeenReplies, serveChecked } from "./backup-harness.js";

/**
 * The official AWS SDK for JavaScript v3 (`@aws-sdk/client-backup`), unmodified except for its endpoint, copying a
 * backup from us-east-1 into a vault of another account in us-west-2. It sends Smithy's URIs (no final slash) and
 * reads errors from X-Amzn-ErrorType; every reply on the way is checked against the Backup document.
 */
const SOURCE = "111122223333";
const DESTINATION = "444455556666";
const ROLE = `arn:aws:iam::${SOURCE}:role/backup`;
const FILE_SYSTEM = `arn:aws:elasticfilesystem:us-east-1:${SOURCE}:file-system/fs-0123456789abcdef0`;
const emu = createEmulator({ log: () => undefined, realTimeMs: () => 0 });
const seen: SeenReplies = new Map();
let server: Awaited<ReturnType<typeof serveChecked>>;
const control = createControlClient("http://emulator.test", { fetch: (r) => emu.fetch(r) });
const sdk = (region: string, accessKeyId: string) =>
  new Backup({ region, endpoint: server.url, credentials: { accessKeyId, secretAccessKey: "s" }, maxAttempts: 1 });

beforeAll(async () => {
  server = await serveChecked(emu, seen);
});
afterAll(() => server.close());

describe("@aws-sdk/client-backup against the emulator", () => {
  it("copies an EFS backup across Regions and accounts; the copy lands in us-west-2 with the source's CreationDate", async () => {
    const east = sdk("us-east-1", SOURCE);
    const west = sdk("us-west-2", DESTINATION);
    await east.createBackupVault({ BackupVaultName: "source", BackupVaultTags: { team: "dr" } });
    const { BackupVaultArn } = await west.createBackupVault({ BackupVaultName: "dr-vault" });
    const { RecoveryPointArn, BackupJobId } = await east.startBackupJob({
      BackupVaultName: "source",
      ResourceArn: FILE_SYSTEM,
      IamRoleArn: ROLE,
    });
    expect(RecoveryPointArn).toMatch(/^arn:aws:backup:us-east-1:111122223333:recovery-point:[0-9A-F-]{36}$/);
    await control.advance(61);
    expect((await east.describeBackupJob({ BackupJobId })).State).toBe("COMPLETED");
    const source = await east.describeRecoveryPoint({ BackupVaultName: "source", RecoveryPointArn });
    expect(source.CreationDate).toBeInstanceOf(Date);

    const { CopyJobId } = await east.startCopyJob({
      RecoveryPointArn,
      SourceBackupVaultName: "source",
      DestinationBackupVaultArn: BackupVaultArn,
      IamRoleArn: ROLE,
      Lifecycle: { DeleteAfterDays: 35 },
    });
    await control.advance(61);
    const { CopyJob } = await east.describeCopyJob({ CopyJobId });
    expect(CopyJob?.State).toBe("COMPLETED");
    const landed = await west.describeRecoveryPoint({
      BackupVaultName: "dr-vault",
      RecoveryPointArn: CopyJob?.DestinationRecoveryPointArn,
    });
    expect(landed.RecoveryPointArn).toMatch(/^arn:aws:backup:us-west-2:444455556666:recovery-point:/);
    expect(landed.CreationDate).toEqual(source.CreationDate);
    expect(landed.Lifecycle).toEqual({ DeleteAfterDays: 35 });
    expect((await east.listCopyJobs({ ByCreatedAfter: new Date(0), ByResourceType: "EFS" })).CopyJobs).toHaveLength(1);
    expect(
      (
        await east.listTags({
          ResourceArn: (await east.describeBackupVault({ BackupVaultName: "source" })).BackupVaultArn,
        })
      ).Tags,
    ).toEqual({ team: "dr" });
  });

  it("receives the modelled errors as the SDK's typed exceptions", async () => {
    const east = sdk("us-east-1", SOURCE);
    await expect(east.describeBackupVault({ BackupVaultName: "missing" })).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
    const { BackupVaultArn } = await east.createBackupVault({ BackupVaultName: "taken", CreatorRequestId: "first" });
    const taken = (await east
      .createBackupVault({ BackupVaultName: "taken" })
      .catch((e: unknown) => e)) as AlreadyExistsException;
    expect(taken).toBeInstanceOf(AlreadyExistsException);
    expect([taken.Arn, taken.CreatorRequestId]).toEqual([BackupVaultArn, "first"]);
    await east.createBackupVault({ BackupVaultName: "full" });
    const { BackupJobId } = await east.startBackupJob({
      BackupVaultName: "full",
      ResourceArn: FILE_SYSTEM,
      IamRoleArn: ROLE,
    });
    await control.advance(61);
    expect((await east.describeBackupJob({ BackupJobId })).State).toBe("COMPLETED");
    await expect(east.deleteBackupVault({ BackupVaultName: "full" })).rejects.toBeInstanceOf(InvalidRequestException);
    const refused = await east
      .startBackupJob({
        BackupVaultName: "full",
        ResourceArn: FILE_SYSTEM,
        IamRoleArn: ROLE,
        Lifecycle: { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 119 },
      })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidParameterValueException);
    expect((refused as InvalidParameterValueException).$metadata.httpStatusCode).toBe(400);
    expect([...seen.keys()]).toContain("StartCopyJob");
  });
});

describe("both official SDKs on one port", () => {
  it("serves CloudHSM v2 and AWS Backup from one started emulator", async () => {
    const running = await startEmulator({ port: 0, log: () => undefined });
    try {
      const credentials = { accessKeyId: SOURCE, secretAccessKey: "s" };
      const hsm = new CloudHSMV2({ region: "us-east-1", endpoint: running.url, credentials, maxAttempts: 1 });
      const backup = new Backup({ region: "us-east-1", endpoint: running.url, credentials, maxAttempts: 1 });
      expect((await hsm.describeClusters({})).Clusters).toEqual([]);
      await backup.createBackupVault({ BackupVaultName: "one-port" });
      expect((await backup.listBackupVaults({})).BackupVaultList?.map((v) => v.BackupVaultName)).toEqual(["one-port"]);
    } finally {
      await running.close();
    }
  });
});
