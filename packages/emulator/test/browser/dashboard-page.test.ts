import { createCloudHsmV2Client } from "@cloudhsm-kit/client";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.mjs";
import { type RunningEmulator, startEmulator } from "../../src/node/server.js";

/** Every wait in the page is bounded: the page polls every second, so a state shows within a few. */
const SHOWN = { timeout: 15_000 };

/**
 * The dashboard page in headless Chromium against a seeded emulator on 127.0.0.1 (port 0), as a person uses it:
 * a client works against the emulator while the page watches, and the page's own controls move the clock and arm
 * faults. AWS's timings (a copy takes 300 s of emulated time), so nothing finishes unless the clock is advanced.
 */
describe("the dashboard page in Chromium", () => {
  let running: RunningEmulator;
  let browser: Browser;
  let page: Page;
  let client: ReturnType<typeof createCloudHsmV2Client>;

  beforeAll(async () => {
    running = await startEmulator({
      host: "127.0.0.1",
      port: 0,
      timings: "aws",
      log: () => undefined,
      seed: { clusters: [{ region: "us-east-1", tags: [{ Key: "team", Value: "payments" }], backups: 2 }] },
    });
    client = createCloudHsmV2Client({
      region: "us-east-1",
      endpoint: running.url,
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
      maxAttempts: 1,
    });
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`${running.url}/_emulator/ui`);
  });

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  /** The row of a backup in the CloudHSM tables, once it shows `state`. */
  const backupRow = (id: string, state: string) =>
    page.locator("#cloudhsm tbody tr", { has: page.locator(`th code`, { hasText: id }) }).filter({ hasText: state });

  const seeded = async () => (await client.describeBackups({})).Backups ?? [];

  it("lists the seeded backups with their states", async () => {
    const backups = await seeded();
    expect(backups).toHaveLength(2);
    for (const b of backups) {
      await backupRow(b.BackupId as string, "READY").waitFor(SHOWN);
    }
    expect(await page.locator("#cloudhsm h3").allTextContents()).toEqual(["us-east-1 · 123456789012"]);
    expect(await page.locator("#cloudhsm thead th").first().getAttribute("scope")).toBe("col");
  });

  it("moves a copy from CREATE_IN_PROGRESS to READY when the page advances the clock, under its source", async () => {
    const [source] = await seeded();
    await client.copyBackupToRegion({ BackupId: source?.BackupId as string, DestinationRegion: "us-west-2" });
    const copy = (await client.forRegion("us-west-2").describeBackups({})).Backups?.[0]?.BackupId as string;
    await backupRow(copy, "CREATE_IN_PROGRESS").waitFor(SHOWN);
    // The lineage shows the copy under its source, in its own Region.
    const under = page.locator(`#lineage li[data-id="${source?.BackupId}"] > ul > li[data-id="${copy}"]`);
    await under.waitFor(SHOWN);
    expect(await under.textContent()).toContain("us-west-2");

    await page.fill("#advance-amount", "5");
    await page.selectOption("#advance-unit", "minutes");
    await page.click("#advance button");
    await backupRow(copy, "READY").waitFor(SHOWN);
    expect(await page.textContent("#result")).toContain("Clock advanced by 5 minutes");
  });

  it("shows a copy the page's fail-next-copy control failed as DELETED", async () => {
    const [source] = await seeded();
    await page.fill("#copy-fault-region", "eu-west-1");
    await page.click("#copy-fault button");
    await page.locator("#cloudhsm-faults", { hasText: "armed: 1" }).waitFor(SHOWN);
    await client.copyBackupToRegion({ BackupId: source?.BackupId as string, DestinationRegion: "eu-west-1" });
    const copy = (await client.forRegion("eu-west-1").describeBackups({})).Backups?.[0]?.BackupId as string;
    await backupRow(copy, "CREATE_IN_PROGRESS").waitFor(SHOWN);
    await page.click("#advance button");
    await backupRow(copy, "DELETED").waitFor(SHOWN);
    await page.locator(`#lineage li[data-id="${copy}"]`, { hasText: "DELETED" }).waitFor(SHOWN);
  });

  it("reaches every control with Tab and uses them with Enter", async () => {
    await page.locator("body").focus();
    const reached: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      reached.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || ""));
    }
    for (const control of [
      "advance-amount",
      "advance-unit",
      "Advance",
      "copy-fault-region",
      "Fail next CloudHSM copy",
    ]) {
      expect(reached).toContain(control);
    }
    for (const control of ["Fail next AWS Backup copy", "backup-now-cluster", "Back up now", "Reset the emulator"]) {
      expect(reached).toContain(control);
    }

    // Enter on the focused "Fail next AWS Backup copy" arms a fault; on "Back up now" it starts a backup.
    await page.locator("#backup-copy-fault button").focus();
    await page.keyboard.press("Enter");
    await page.locator("#backup-faults", { hasText: "armed: 1" }).waitFor(SHOWN);
    const before = (await seeded()).length;
    await page.locator("#backup-now button").focus();
    await page.keyboard.press("Enter");
    await page.locator("#result", { hasText: "started (CREATE_IN_PROGRESS)" }).waitFor(SHOWN);
    expect((await seeded()).length).toBe(before + 1);

    await page.locator("#reset button").focus();
    await page.keyboard.press("Enter");
    await page.locator("#cloudhsm", { hasText: "No clusters or backups yet." }).waitFor(SHOWN);
  });
});
