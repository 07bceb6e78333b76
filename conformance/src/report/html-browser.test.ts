// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, what a person sees (CSS applied), not the DOM property
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { startEmulator } from "@cloudhsm-kit/emulator";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineFault } from "../../test/fault-proxy/fault.js";
import { startFaultProxy } from "../../test/fault-proxy/proxy-server.js";
import type { Exchange } from "../harness/exchanges.js";
import { runConformance } from "../runner/run.js";
import type { RunResult } from "../runner/types.js";
import { requestLine } from "./exchange-text.js";
import { resultLabel, SUMMARY_COLUMNS } from "./markdown.js";
import { matrixCommand } from "./matrix-command.js";
import { writeReports } from "./write.js";

/** Debian's Chromium: CHROMIUM_PATH, else `chromium` on the PATH; without it the test fails saying what to install. */
function chromiumPath(): string {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (!existsSync(given)) {
      throw new Error(`CHROMIUM_PATH=${given} does not exist: install Chromium (apt-get install -y chromium)`);
    }
    return given;
  }
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error(
      "Chromium is missing: the HTML report's browser test needs it; install it with `apt-get install -y chromium` or set CHROMIUM_PATH",
    );
  }
}

// Headless and offline: without these flags Chromium keeps trying Google's hosts, which a closed network refuses.
const FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"];

/**
 * The group the runs check. Its checks call ListTags, which the fault breaks; the test reads which checks failed
 * from the run itself, never from a list of ids.
 */
const GROUP = "tags";

// A fault of its own: every ListTags reply becomes the HTML error page an unimplemented operation gets from moto,
// so that the failing run is genuine (the suite's own verdicts) and its evidence holds markup to escape.
const htmlInsteadOfListTags = defineFault({
  name: "list-tags-html-500",
  level: "required",
  breaks: "ListTags answers in the AWS JSON 1.1 protocol",
  source: "API_ListTags",
  groups: [GROUP],
  operations: ["ListTags"],
  create: () => ({
    response: () => ({
      status: 500,
      body: "<!doctype html><title>500 Internal Server Error</title><h1>Internal Server Error</h1>",
      headers: { "content-type": "text/html; charset=utf-8" },
    }),
  }),
});

let dir: string;
let clean: RunResult;
let faulty: RunResult;

/** One run of GROUP against a fresh reference emulator, with or without the fault in between. */
async function runGroup(name: string, withFault: boolean): Promise<RunResult> {
  const emulator = await startEmulator({ host: "127.0.0.1", port: 0, legacyClusterIdCopy: true });
  const proxy = withFault ? await startFaultProxy({ upstream: emulator.url, fault: htmlInsteadOfListTags }) : undefined;
  try {
    return await runConformance({
      endpoint: proxy?.url ?? emulator.url,
      targetName: name,
      groups: [GROUP],
      expectations: {},
    });
  } finally {
    await proxy?.close();
    await emulator.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "html-report-"));
  clean = await runGroup("reference", false);
  faulty = await runGroup("faulty", true);
  writeReports(clean, join(dir, "clean"));
  writeReports(faulty, join(dir, "faulty"));
  matrixCommand([join(dir, "clean", "results.json"), join(dir, "faulty", "results.json"), "--out", dir], () => {});
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Opens `file` in a fresh headless Chromium, hands the page to `use`, and always closes the browser. */
async function inChromium(file: string, use: (page: Page) => Promise<void>, javaScriptEnabled = true): Promise<void> {
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath(), args: FLAGS, timeout: 30_000 });
  try {
    const page = await browser.newPage({ javaScriptEnabled });
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // Offline: the page asks for nothing beyond itself.
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    await use(page);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
  } finally {
    await browser.close();
  }
}

/** How many of `results` carry each summary label. */
const counts = (results: readonly RunResult["results"][number][]) =>
  Object.fromEntries(SUMMARY_COLUMNS.map((c) => [c, results.filter((r) => resultLabel(r) === c).length]));

describe("report.html in headless Chromium", () => {
  it("comes from a run in which the fault made required checks fail", () => {
    expect(faulty.results.filter((r) => r.failsRun).length).toBeGreaterThan(0);
    expect(clean.summary.failsRun).toBe(0);
  });

  it("keeps the exchanges of every failure in results.json, and none for a pass", () => {
    const written = JSON.parse(readFileSync(join(dir, "faulty", "results.json"), "utf8")) as RunResult;
    const failing = written.results.filter((r) => r.failsRun);
    expect(failing.every((r) => (r.exchanges?.length ?? 0) > 0)).toBe(true);
    expect([...written.results, ...clean.results].filter((r) => r.status === "pass" && r.exchanges)).toEqual([]);
  });

  it("shows the run's counts in the summary, and every check", async () => {
    await inChromium(join(dir, "faulty", "report.html"), async (page) => {
      const shown = Object.fromEntries(
        await Promise.all(
          SUMMARY_COLUMNS.map(
            async (c) => [c, Number(await page.locator(`#by-group tfoot td[data-label="${c}"]`).innerText())] as const,
          ),
        ),
      );
      expect(shown).toEqual(counts(faulty.results));
      expect(Number(await page.locator('#by-level tfoot td[data-label="checks"]').innerText())).toBe(
        faulty.results.length,
      );
      await expect.poll(() => page.locator("tr[data-result]").count()).toBe(faulty.results.length);
      await expect.poll(() => page.locator("#verdict").innerText()).toContain(`fails (${faulty.summary.failsRun}`);
    });
  }, 60_000);

  it("shows a failed check's evidence, with the markup of the reply as text, and its citation link", async () => {
    const failed = faulty.results.find((r) => r.failsRun) as RunResult["results"][number];
    await inChromium(join(dir, "faulty", "report.html"), async (page) => {
      const row = page.locator(`[id="check-${failed.id}"]`);
      await expect.poll(() => row.locator("td").nth(1).innerText()).toContain("FAIL");
      const evidence = await row.locator(".evidence").innerText();
      expect(evidence).toContain(failed.reason ?? "(no reason)");
      expect(evidence).toContain("<!doctype html>");
      // The exchange that broke it, as the run kept it: the ListTags request and the HTML reply, shown as text.
      const last = failed.exchanges?.at(-1);
      expect(last).toMatchObject({ target: "BaldrApiService.ListTags", status: 500 });
      expect(last?.requestBody).toContain("ResourceId");
      expect(evidence).toContain(requestLine(last as Exchange));
      expect(evidence).toContain("HTTP 500, content-type: text/html; charset=utf-8");
      expect(evidence).toContain(last?.requestBody ?? "(no request body)");
      expect(evidence).toContain("<title>500 Internal Server Error</title><h1>Internal Server Error</h1>");
      expect(await row.locator(".exchanges pre").last().isVisible()).toBe(true);
      const url = failed.citations[0]?.url ?? "(no citation)";
      const citation = row.locator(`a[href="${url}"]`).first();
      expect(await citation.isVisible()).toBe(true);
      expect(await row.locator("blockquote").first().innerText()).toContain(failed.citations[0]?.quote ?? "?");
    });
  }, 60_000);

  it("lets the keyboard reach the filter and hide the passing checks", async () => {
    await inChromium(join(dir, "faulty", "report.html"), async (page) => {
      let focused = "";
      for (let i = 0; i < 200 && focused !== "result:pass"; i++) {
        await page.keyboard.press("Tab");
        focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return el?.tagName === "INPUT" ? `${el.name}:${el.value}` : "";
        });
      }
      expect(focused).toBe("result:pass");
      await page.keyboard.press("Space");
      const notPassing = faulty.results.filter((r) => resultLabel(r) !== "pass").length;
      await expect.poll(() => page.locator("tr[data-result]:visible").count()).toBe(notPassing);
      expect(await page.locator("#shown").innerText()).toBe(`${notPassing} of ${faulty.results.length} checks shown`);
      // A group left with no check to show is hidden whole, heading and all.
      const groupsShown = new Set(faulty.results.filter((r) => resultLabel(r) !== "pass").map((r) => r.group)).size;
      expect(await page.locator("section[data-rows]:visible").count()).toBe(groupsShown);
    });
  }, 60_000);

  it("reads in full without its script", async () => {
    await inChromium(
      join(dir, "faulty", "report.html"),
      async (page) => {
        expect(await page.locator("tr[data-result]:visible").count()).toBe(faulty.results.length);
        expect(await page.locator("#filter").isVisible()).toBe(false);
      },
      false,
    );
  }, 60_000);
});

describe("matrix.html in headless Chromium", () => {
  const ids = () => [...new Set([...clean.results, ...faulty.results].map((r) => r.id))];

  it("has a row per check, a column per target, and the right cell where the targets differ", async () => {
    const failed = faulty.results.find((r) => r.failsRun) as RunResult["results"][number];
    await inChromium(join(dir, "matrix.html"), async (page) => {
      expect(await page.locator("#matrix-table tbody tr[data-result]").count()).toBe(ids().length);
      const heads = await page.locator("#matrix-table thead th").allInnerTexts();
      expect(heads).toEqual(["check", "level", "reference", "faulty", "agree"]);
      const cells = await page.locator(`[id="check-${failed.id}"] td`).allInnerTexts();
      const cleanLabel = resultLabel(clean.results.find((r) => r.id === failed.id) as RunResult["results"][number]);
      expect(cells.map((c) => c.replace(/^\W+/, ""))).toEqual([failed.level, cleanLabel, "FAIL", "no"]);
      const totals = await page.locator("#matrix-totals tbody tr").allInnerTexts();
      const fails = totals
        .find((t) => t.includes("FAIL"))
        ?.split("\t")
        .slice(1)
        .map(Number);
      expect(fails).toEqual([clean.summary.failsRun, faulty.summary.failsRun]);
    });
  }, 60_000);

  it("lets the keyboard show only the checks on which the targets disagree", async () => {
    const disagree = ids().filter((id) => {
      const label = (run: RunResult) => {
        const r = run.results.find((x) => x.id === id);
        return r ? resultLabel(r) : "not run";
      };
      return label(clean) !== label(faulty);
    });
    await inChromium(join(dir, "matrix.html"), async (page) => {
      expect(Number(await page.locator("#disagree").innerText())).toBe(disagree.length);
      let focused = "";
      for (let i = 0; i < 60 && focused !== "split"; i++) {
        await page.keyboard.press("Tab");
        focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? "");
      }
      expect(focused).toBe("split");
      await page.keyboard.press("Space");
      await expect.poll(() => page.locator("#matrix-table tr[data-result]:visible").count()).toBe(disagree.length);
      expect(await page.locator("#shown").innerText()).toBe(`${disagree.length} of ${ids().length} checks shown`);
    });
  }, 60_000);

  it("is the matrix.md of the same files", () => {
    const md = readFileSync(join(dir, "matrix.md"), "utf8");
    expect(md).toContain("| check | level | reference | faulty | agree |");
    expect(md.match(/^\| `/gm)).toHaveLength(ids().length);
  });
});
