// The in-process page cost of CloudHSM v2's DescribeBackups (50 a page) at several numbers of backups: emulator.fetch
// with no socket, so the figure is the emulator's own work (Request, JSON in and out, listing, the NextToken's HMAC).
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { authorization, targetOf } from "./cloudhsm-requests.mjs";
import { stateWith } from "./cloudhsm-state.mjs";
import { warmMedian } from "./harness.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
export const ROUNDS = 12;
export const PER_ROUND = 250;

/** An in-process emulator holding `n` backups, and the request bodies of all its DescribeBackups pages. */
async function pagedEmulator(n) {
  const { createEmulator } = await import(join(here, "../dist/index.js"));
  const emu = createEmulator({ log: () => undefined });
  emu.importState(stateWith(n, emu.settings()));
  const auth = authorization("host");
  const page = async (body) => {
    const r = await emu.fetch(
      new Request("http://emulator.bench/", {
        method: "POST",
        headers: {
          "Content-Type": "application/x-amz-json-1.1",
          "X-Amz-Target": targetOf("DescribeBackups"),
          Authorization: auth,
        },
        body: JSON.stringify(body),
      }),
    );
    return JSON.parse(await r.text());
  };
  const bodies = [{ MaxResults: 50 }];
  let total = 0;
  for (let p = await page(bodies[0]); ; ) {
    total += p.Backups.length;
    if (!p.NextToken) {
      break;
    }
    bodies.push({ MaxResults: 50, NextToken: p.NextToken });
    p = await page(bodies[bodies.length - 1]);
  }
  if (total !== n) {
    throw new Error(`expected ${n} backups, listed ${total}`);
  }
  return { n, page, bodies };
}

/**
 * Page cost at each size in µs: rounds of PER_ROUND random pages, the sizes interleaved so that drift on a shared
 * machine hits all alike; the median round (the first warms up). `ratio`: the largest size's over the smallest's.
 */
export async function describeBackupsPageCosts(sizes) {
  const emus = [];
  for (const n of sizes) {
    emus.push(await pagedEmulator(n));
  }
  const samples = new Map(sizes.map((n) => [n, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const e of emus) {
      const t0 = performance.now();
      for (let i = 0; i < PER_ROUND; i++) {
        await e.page(e.bodies[Math.floor(Math.random() * e.bodies.length)]);
      }
      samples.get(e.n).push(((performance.now() - t0) / PER_ROUND) * 1000);
    }
  }
  const costs = sizes.map((n) => ({ n, us: warmMedian(samples.get(n)) }));
  return { sizes: costs, ratio: costs[costs.length - 1].us / costs[0].us };
}
