import { describe, expect, it } from "vitest";
import { backupSetup, SOURCE_ACCOUNT } from "./backup-harness.js";
import { awsRequest, BASE } from "./helpers.js";

/** AWS Backup's restJson1 wire beside CloudHSM v2's awsJson on one emulator (aws-backup-copy.md §2). */
const signed = (method: string, path: string, body?: unknown, service = "backup") =>
  new Request(`${BASE}${path}`, {
    method,
    headers: {
      "X-Amz-Date": "20261122T000000Z",
      Authorization: `AWS4-HMAC-SHA256 Credential=${SOURCE_ACCOUNT}/20261122/us-east-1/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=${"0".repeat(64)}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe("AWS Backup on the wire", () => {
  it("serves both services on one emulator, picked by the SigV4 scope's service name", async () => {
    const { emu } = backupSetup();
    const hsm = await emu.fetch(awsRequest("DescribeClusters", {}));
    expect([hsm.status, hsm.headers.get("content-type")]).toEqual([200, "application/x-amz-json-1.1"]);
    const vaults = await emu.fetch(signed("GET", "/backup-vaults/"));
    expect([vaults.status, vaults.headers.get("content-type"), await vaults.json()]).toEqual([
      200,
      "application/json",
      { BackupVaultList: [] },
    ]);
    const crossed = await emu.fetch(signed("GET", "/backup-vaults", undefined, "cloudhsm"));
    expect(crossed.status).toBe(404); // CloudHSM's awsJson answers: its API is at POST / only
  });

  it("routes both URI forms and decodes a percent-encoded ARN path label", async () => {
    const { emu, east, control } = backupSetup();
    await east.createBackupVault({ BackupVaultName: "v1" });
    const volume = `arn:aws:ec2:us-east-1:${SOURCE_ACCOUNT}:volume/vol-0123456789abcdef0`;
    const { RecoveryPointArn } = await east.startBackupJob({
      BackupVaultName: "v1",
      ResourceArn: volume,
      IamRoleArn: "r",
    });
    await control.advance(61);
    for (const path of ["/backup-vaults/v1/recovery-points/", "/backup-vaults/v1/recovery-points"]) {
      expect((await emu.fetch(signed("GET", path))).status).toBe(200);
    }
    const described = await emu.fetch(
      signed("GET", `/backup-vaults/v1/recovery-points/${encodeURIComponent(RecoveryPointArn as string)}`),
    );
    expect(((await described.json()) as { RecoveryPointArn: string }).RecoveryPointArn).toBe(RecoveryPointArn);
  });

  it("answers errors with X-Amzn-ErrorType: unknown routes 404, constraint violations 400", async () => {
    const { emu } = backupSetup();
    const unknown = await emu.fetch(signed("PATCH", "/copy-jobs"));
    expect([unknown.status, unknown.headers.get("x-amzn-errortype")]).toEqual([404, "UnknownOperationException"]);
    const invalid = await emu.fetch(signed("PUT", "/backup-vaults/a", {}));
    expect([invalid.status, invalid.headers.get("x-amzn-errortype")]).toEqual([400, "InvalidParameterValueException"]);
    const paging = await emu.fetch(signed("GET", "/copy-jobs/?maxResults=0"));
    expect([paging.status, paging.headers.get("x-amzn-errortype")]).toEqual([400, "InvalidParameterValueException"]);
    const missing = await emu.fetch(signed("GET", "/backup-vaults/nope"));
    expect([missing.status, missing.headers.get("x-amzn-errortype"), await missing.json()]).toEqual([
      400,
      "ResourceNotFoundException",
      { Code: "ResourceNotFoundException", Message: expect.any(String) },
    ]);
  });

  it("sends the internal Code AWS was seen sending for a case (B19), the error's name otherwise", async () => {
    const { emu, east, control } = backupSetup();
    await east.createBackupVault({ BackupVaultName: "full" });
    await east.startBackupJob({
      BackupVaultName: "full",
      ResourceArn: "arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef0",
      IamRoleArn: "arn:aws:iam::111122223333:role/backup",
    });
    await control.advance(3600);
    const refused = await emu.fetch(signed("DELETE", "/backup-vaults/full"));
    expect([refused.status, refused.headers.get("x-amzn-errortype"), await refused.json()]).toEqual([
      400,
      "InvalidRequestException",
      { Code: "ERROR_9101", Message: "Backup vault cannot be deleted because it contains recovery points." },
    ]);
  });

  it("keeps its state in the state document: exported, imported and reset", async () => {
    const { emu, east } = backupSetup();
    await east.createBackupVault({ BackupVaultName: "kept" });
    const doc = emu.exportState();
    emu.reset();
    expect((await east.listBackupVaults({})).BackupVaultList).toEqual([]);
    emu.importState(doc);
    expect((await east.listBackupVaults({})).BackupVaultList?.map((v) => v.BackupVaultName)).toEqual(["kept"]);
    expect(() => emu.importState({ ...doc, backup: { namespaces: "no" } })).toThrow(/AWS Backup/);
  });

  it("keeps copies of an imported document's records: the program's document stays its own", async () => {
    const { emu, east } = backupSetup();
    await east.createBackupVault({ BackupVaultName: "kept", BackupVaultTags: { team: "dr" } });
    const doc = emu.exportState();
    emu.importState(doc);
    type Namespace = { vaults: Record<string, { BackupVaultName: string }> };
    const { namespaces } = (doc as unknown as { backup: { namespaces: Namespace[] } }).backup;
    for (const vault of Object.values(namespaces[0]?.vaults ?? {})) {
      vault.BackupVaultName = "changed";
    }
    expect((await east.listBackupVaults({})).BackupVaultList?.map((v) => v.BackupVaultName)).toEqual(["kept"]);
    expect(emu.exportState()).not.toEqual(doc);
  });
});

describe("a missing vault", () => {
  it("is ResourceNotFoundException by default, AWS's observed 403 AccessDeniedException on request (B18)", async () => {
    const modelled = await backupSetup().emu.fetch(signed("GET", "/backup-vaults/nope"));
    expect([modelled.status, modelled.headers.get("x-amzn-errortype")]).toEqual([400, "ResourceNotFoundException"]);
    const observed = await backupSetup({ backupMissingVault: "AccessDeniedException" }).emu.fetch(
      signed("GET", "/backup-vaults/nope/recovery-points/"),
    );
    expect([observed.status, observed.headers.get("x-amzn-errortype"), await observed.json()]).toEqual([
      403,
      "AccessDeniedException",
      { Message: "Insufficient privileges to perform this action." },
    ]);
    expect(() => backupSetup({ backupMissingVault: "Teapot" as never })).toThrow(/backupMissingVault/);
  });
});
