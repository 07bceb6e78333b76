import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type RunningEmulator, startEmulator } from "@cloudhsm-kit/emulator";
import type { Browser } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium.js";
import { BROWSER_KEYS, PAGE_SIZE, type PageResults, SEEDED_BACKUPS, UNKNOWN_BACKUP } from "./page.js";
import { type PageServer, startPageServer } from "./page-server.js";

// The emulator depends on this package (for its own tests), so this package cannot list it back; turbo.json
// beside package.json has this package's test wait for the emulator's build instead.
const SCREENSHOT = fileURLToPath(new URL("../../test-results/browser/client-in-chromium.png", import.meta.url));

let emulator: RunningEmulator | undefined;
let pageServer: PageServer | undefined;
let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
  await pageServer?.close();
  await emulator?.close();
});

describe("the client in headless Chromium against the emulator", () => {
  it("makes signed calls, gets a typed error and walks a paginator, from a loopback page", async () => {
    // In the test, not in a hook: without Chromium this test fails, saying what to install; it is never skipped.
    browser = await launchChromium();
    // Strict mode: every signature the browser makes is recomputed and checked. CORS: loopback origins, the default.
    emulator = await startEmulator({
      host: "127.0.0.1",
      port: 0,
      strict: { keys: [BROWSER_KEYS] },
      seed: { clusters: [{ backups: SEEDED_BACKUPS }] },
    });
    pageServer = await startPageServer();
    const page = await browser.newPage({ viewport: { width: 1280, height: 560 } });
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    // Chromium logs each non-2xx reply as an error; the two 400s the page provokes are expected.
    page.on("console", (message) => {
      if (message.type() === "error" && !message.text().includes("status of 400 (Bad Request)")) {
        problems.push(`console: ${message.text()}`);
      }
    });
    const endpoint = emulator.url;
    await page.goto(`${pageServer.url}/?endpoint=${encodeURIComponent(endpoint)}`);
    const results = await page.evaluate(() => (window as unknown as { pageResults: Promise<unknown> }).pageResults);
    mkdirSync(new URL("../../test-results/browser/", import.meta.url), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(problems).toEqual([]);
    // The page ran the published package as browsers resolve it: the WebCrypto signer, not the Node one.
    expect(pageServer.bundled.some((path) => path.includes("node_modules/aws4fetch/"))).toBe(true);
    expect(pageServer.bundled.some((path) => /node_modules\/@smithy\/|signing\/node/.test(path))).toBe(false);

    const r = results as PageResults;
    expect(r.userAgent).toMatch(/HeadlessChrome\//);
    expect(r.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(r.origin).not.toBe(new URL(endpoint).origin);
    expect(r.describe).toMatchObject({ count: SEEDED_BACKUPS, $metadata: { httpStatusCode: 200, attempts: 1 } });
    expect(r.describe.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.unknownBackup).toMatchObject({
      name: "CloudHsmResourceNotFoundException",
      message: `Backup '${UNKNOWN_BACKUP}' does not exist.`,
      $fault: "client",
      $metadata: { httpStatusCode: 400, attempts: 1, totalRetryDelay: 0 },
      isModelledClass: true,
      isServiceError: true,
    });
    expect(r.unknownBackup.$metadata?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.pages.map((ids) => ids.length)).toEqual([3, 3, 1]);
    expect(new Set(r.pages.flat()).size).toBe(SEEDED_BACKUPS);
    expect(PAGE_SIZE).toBe(3);
    expect(r.withSessionToken).toEqual({ count: SEEDED_BACKUPS, httpStatusCode: 200 });
    // Not vacuous: strict mode refuses a signature made with another secret.
    expect(r.wrongSecret).toMatchObject({ name: "InvalidSignatureException", $metadata: { httpStatusCode: 400 } });
    await page.close();
  }, 60_000);
});
