#!/usr/bin/env node
// Screenshots of the emulator dashboard (not a test): starts an emulator on 127.0.0.1 at a fixed emulated time, makes
// what a person would look at — CloudHSM backups copied across Regions (one READY, one failed into DELETED, one still
// copying), a cluster made from a copy, a backup pending deletion, an AWS Backup copy across Regions and accounts and
// a failed one — then opens /_emulator/ui in Chromium and writes docs/screenshots/dashboard.png (the whole page) and
// dashboard-lineage.png (the first screen: clock, controls and lineage).
// Usage (after `npx turbo run build --filter=@cloudhsm-kit/emulator...`): npm run screenshots -w @cloudhsm-kit/emulator
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createCloudHsmV2Client } from "@cloudhsm-kit/client";
import { createBackupClient } from "@cloudhsm-kit/client/backup";
import { startEmulator } from "../dist/index.js";
import { launchChromium } from "./chromium.mjs";

const out = fileURLToPath(new URL("../../../docs/screenshots/", import.meta.url));
const credentials = (accessKeyId) => ({ accessKeyId, secretAccessKey: "test" });

const running = await startEmulator({
  host: "127.0.0.1",
  port: 0,
  timings: "aws",
  startTime: 1_764_547_200, // 2025-12-01 00:00:00 UTC, so that the pictures do not change with the day
  log: () => undefined,
  seed: { clusters: [{ region: "us-east-1", tags: [{ Key: "team", Value: "payments" }], backups: 2 }] },
});
const browser = await launchChromium();
try {
  const { url, control } = running;
  const east = createCloudHsmV2Client({ region: "us-east-1", endpoint: url, credentials: credentials("test") });
  const west = east.forRegion("us-west-2");
  const [source, older] = (await east.describeBackups({})).Backups ?? [];

  // A copy to us-west-2 that completes, and a cluster made from it.
  await east.copyBackupToRegion({ BackupId: source.BackupId, DestinationRegion: "us-west-2" });
  await control.advance(300);
  const [copy] = (await west.describeBackups({})).Backups ?? [];
  await west.createCluster({
    HsmType: "hsm2m.medium",
    SubnetIds: ["subnet-0123456789abcdef0"],
    SourceBackupId: copy.BackupId,
  });
  // A copy to eu-west-1 that fails into DELETED, and one to ap-southeast-2 still copying.
  await control.failNextCopy({ DestinationRegion: "eu-west-1" });
  await east.copyBackupToRegion({ BackupId: source.BackupId, DestinationRegion: "eu-west-1" });
  await control.advance(300);
  await east.deleteBackup({ BackupId: older.BackupId });

  // AWS Backup: a recovery point in us-east-1 (account 111122223333) copied to a vault in us-west-2 of 444455556666.
  const a = createBackupClient({ region: "us-east-1", endpoint: url, credentials: credentials("111122223333") });
  const b = createBackupClient({ region: "us-west-2", endpoint: url, credentials: credentials("444455556666") });
  await a.createBackupVault({ BackupVaultName: "source" });
  const { BackupVaultArn } = await b.createBackupVault({ BackupVaultName: "dr-vault" });
  const role = "arn:aws:iam::111122223333:role/backup";
  const { RecoveryPointArn } = await a.startBackupJob({
    BackupVaultName: "source",
    ResourceArn: "arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef0",
    IamRoleArn: role,
  });
  await control.advance(120);
  const copyJob = (token) =>
    a.startCopyJob({
      RecoveryPointArn,
      SourceBackupVaultName: "source",
      DestinationBackupVaultArn: BackupVaultArn,
      IamRoleArn: role,
      IdempotencyToken: token,
    });
  await copyJob("first");
  await control.advance(300);
  await fetch(`${url}/_emulator/v1/services/backup/copy-faults`, { method: "POST", body: "{}" });
  await copyJob("second");
  await control.advance(300);
  // Last, so that it is still copying in the pictures: a copy of the copy, on to ap-southeast-2.
  await west.copyBackupToRegion({ BackupId: copy.BackupId, DestinationRegion: "ap-southeast-2" });

  mkdirSync(out, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${url}/_emulator/ui`);
  await page.locator("#timeline tbody tr").first().waitFor({ timeout: 15_000 });
  await page.screenshot({ path: `${out}dashboard.png`, fullPage: true });
  await page.screenshot({ path: `${out}dashboard-lineage.png` });
  process.stdout.write(`wrote ${out}dashboard.png and ${out}dashboard-lineage.png\n`);
} finally {
  await browser.close();
  await running.close();
}
