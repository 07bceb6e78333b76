// The in-process page cost of AWS Backup's ListCopyJobs (100 a page) at several numbers of copy jobs: emulator.fetch
// with no socket, so the figure is the emulator's own work (Request, routing, validation, listing, JSON, NextToken).
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { authorization, listPath, PAGE } from "./backup-requests.mjs";
import { backupState } from "./backup-state.mjs";
import { warmMedian } from "./harness.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
/** Pages per round and size, and the time after which a round of one size stops early (a slow listing stays bounded). */
const PER_ROUND = 100;
const ROUND_BUDGET_MS = 1_000;
const ROUNDS = 9;

/**
 * An in-process emulator holding `n` copy jobs, and the paths of about a hundred of its ListCopyJobs pages spread over
 * the whole listing: the NextTokens of a walk with a larger MaxResults (a token carries the position, not the page
 * size), each asked for with 100 a page.
 */
async function listing(n, base) {
  const { createEmulator } = await import(join(here, "../dist/index.js"));
  const emu = createEmulator({ log: () => undefined });
  emu.importState(backupState(base, { jobs: n, points: Math.min(n, 10_000), now: base.now }));
  const auth = authorization("host");
  const get = async (path) => {
    const r = await emu.fetch(new Request(`http://emulator.bench${path}`, { headers: { Authorization: auth } }));
    const text = await r.text();
    if (r.status !== 200) {
      throw new Error(`ListCopyJobs ${path} → ${r.status} ${text.slice(0, 300)}`);
    }
    return JSON.parse(text);
  };
  const stride = Math.min(1000, Math.max(100, n / 100));
  const paths = [listPath()];
  let listed = 0;
  for (let token; ; ) {
    const page = await get(listPath(token, stride));
    listed += page.CopyJobs.length;
    if (!page.NextToken) {
      break;
    }
    token = page.NextToken;
    paths.push(listPath(token));
  }
  if (listed !== n) {
    throw new Error(`expected ${n} copy jobs, listed ${listed}`);
  }
  return { n, get, paths };
}

/**
 * Page cost at each size in µs: rounds with the sizes interleaved, so that drift on a shared machine hits all alike,
 * random pages in each; the median round (the first warms up). `ratio`: the largest size's over the smallest's.
 */
export async function listCopyJobsPageCosts(sizes, base) {
  const listings = [];
  for (const n of sizes) {
    listings.push(await listing(n, base));
  }
  const samples = new Map(sizes.map((n) => [n, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const l of listings) {
      const t0 = performance.now();
      let pages = 0;
      while (pages < PER_ROUND && (pages < 3 || performance.now() - t0 < ROUND_BUDGET_MS)) {
        const page = await l.get(l.paths[Math.floor(Math.random() * l.paths.length)]);
        if (page.CopyJobs.length !== Math.min(PAGE, l.n)) {
          throw new Error(`a ListCopyJobs page of ${l.n} jobs held ${page.CopyJobs.length}`);
        }
        pages++;
      }
      samples.get(l.n).push(((performance.now() - t0) / pages) * 1000);
    }
  }
  const costs = sizes.map((n) => ({ n, us: warmMedian(samples.get(n)) }));
  return { sizes: costs, ratio: costs[costs.length - 1].us / costs[0].us };
}
