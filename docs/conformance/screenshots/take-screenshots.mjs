// Takes the screenshots of the HTML report and the parity matrix in this folder, in Debian's headless Chromium.
// The report is moto's (docs/conformance/moto/results.json rendered by the built suite: it has failures with their
// evidence); the matrix is the published one (docs/conformance/parity-matrix/matrix.html).
//
// Usage (from the repository root, after `npm run build` and parity-matrix/regenerate.sh):
//   node docs/conformance/screenshots/take-screenshots.mjs
// Chromium: CHROMIUM_PATH, else /usr/bin/chromium.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import "../../../conformance/dist/services/index.js";
import { htmlReport } from "../../../conformance/dist/report/html.js";

const here = new URL(".", import.meta.url);
const docs = new URL("..", here);
const work = mkdtempSync(join(tmpdir(), "screenshots-"));
const report = join(work, "report.html");
const moto = JSON.parse(readFileSync(new URL("moto/results.json", docs), "utf8"));
writeFileSync(report, htmlReport(moto));
const matrix = new URL("parity-matrix/matrix.html", docs);

const SHOTS = [
  // [file name, page, the element to scroll to the top (undefined: the top of the page)]
  ["report-summary.png", pathToFileURL(report).href, undefined],
  ["report-failure.png", pathToFileURL(report).href, 'tr[data-result="known"]'],
  ["matrix-totals.png", matrix.href, undefined],
  ["matrix-checks.png", matrix.href, "#matrix"],
];

const browser = await chromium.launch({
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: a script run by hand, never through turbo
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  for (const [name, url, selector] of SHOTS) {
    await page.goto(url);
    if (selector) {
      await page
        .locator(selector)
        .first()
        .evaluate((el) => el.scrollIntoView({ block: "start" }));
    }
    await page.screenshot({ path: new URL(name, here).pathname });
    process.stdout.write(`${name}\n`);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
