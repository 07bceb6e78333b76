// CloudHSM v2's benchmark (bench/run.mjs, the default service). At each concurrency (wrk, one thread, 8 and 32
// connections), two workloads: DescribeBackups over 1,000 backups, 50 a page, the pages in turn; and TagResource
// alternating with ListTags. Each runs against the floor (a do-nothing Node server answering that workload's own
// replies, taken from the emulator and pre-serialised), the emulator and moto's server, taking turns in slices
// (harness.mjs `sideBySide`); the emulator over moto at each concurrency. Then DescribeBackups page cost in-process
// at 1,000 and 100,000 backups, the emulator process's memory at 0, 1,000 and 100,000, and the targets met or not.
// Options: [--duration 8] [--warmup 2] [--slices 4] [--settle 1] [--connections 8,32] [--rounds 3] [--no-moto]
// [--json <file>]

import { motoVersion, startMoto } from "./cloudhsm-moto.mjs";
import { describeBackupsPageCosts, PER_ROUND, ROUNDS } from "./cloudhsm-page-cost.mjs";
import { call, KEYED_BY, PLAN_ARGS, planLine, replyKey } from "./cloudhsm-requests.mjs";
import { stateWith } from "./cloudhsm-state.mjs";
import {
  acrossRounds,
  log,
  machineLine,
  measurement,
  measurementLine,
  median,
  printRuns,
  printTargets,
  reportVoid,
  requireWrk,
  rssMb,
  sideBySide,
  startEmulatorProcess,
  stopChild,
  target,
  throughputTargets,
  writeFigures,
} from "./harness.mjs";

const BACKUPS = 1000;
const PAGE = 50;
const MEMORY_SIZES = [0, 1000, 100_000];
const RSS_TARGET_MIB = 200;
const PAGE_COST_TARGET = 1.2;

/**
 * Walks every DescribeBackups page of a server holding `n` backups (an error if it lists another number). Resolves with
 * the request body of each page and the first page's reply.
 */
async function describeAll(url, n) {
  const bodies = [{ MaxResults: PAGE }];
  const first = await call(url, "DescribeBackups", bodies[0]);
  let total = 0;
  for (let page = JSON.parse(first); ; ) {
    total += page.Backups.length;
    if (!page.NextToken) {
      break;
    }
    bodies.push({ MaxResults: PAGE, NextToken: page.NextToken });
    page = JSON.parse(await call(url, "DescribeBackups", bodies[bodies.length - 1]));
  }
  if (total !== n) {
    throw new Error(`${url}: expected ${n} backups, listed ${total}`);
  }
  return { bodies, first };
}

/**
 * The workloads, in the order they run on one server. `prepare(url)` makes a workload's plan for wrk-plan.lua (`lines`)
 * on that server, and the floor's `replies`: the server's own, pre-serialised, keyed by X-Amz-Target.
 */
const SCENARIOS = [
  {
    id: "DescribeBackups",
    what: `DescribeBackups, ${BACKUPS.toLocaleString("en")} backups, ${PAGE}/page`,
    async prepare(url) {
      const { bodies, first } = await describeAll(url, BACKUPS);
      return {
        lines: bodies.map((b) => planLine("DescribeBackups", b)),
        replies: { [replyKey("DescribeBackups")]: first },
      };
    },
  },
  {
    // The same tag set on one backup again and again, so that the state does not grow while the run lasts.
    id: "TagResource+ListTags",
    what: "TagResource + ListTags",
    async prepare(url) {
      const id = JSON.parse(await call(url, "DescribeBackups", { MaxResults: 1 })).Backups[0].BackupId;
      const tag = { ResourceId: id, TagList: [{ Key: "bench", Value: "v" }] };
      const list = { ResourceId: id };
      return {
        lines: [planLine("TagResource", tag), planLine("ListTags", list)],
        replies: {
          [replyKey("TagResource")]: await call(url, "TagResource", tag),
          [replyKey("ListTags")]: await call(url, "ListTags", list),
        },
      };
    },
  },
];

const settingsOf = async (url) => (await fetch(`${url}/_emulator/v1/settings`)).json();

/** The emulator's server holding `n` backups, imported through the control API (PUT /_emulator/v1/state). */
async function emulatorWith(n) {
  const emu = await startEmulatorProcess();
  if (n > 0) {
    const r = await fetch(`${emu.url}/_emulator/v1/state`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(stateWith(n, await settingsOf(emu.url))),
    });
    if (r.status !== 200) {
      throw new Error(`state import → ${r.status} ${await r.text()}`);
    }
  }
  return emu;
}

/**
 * Every workload at every concurrency, side by side, in rounds (harness.mjs `acrossRounds`): the floor, a fresh
 * emulator per concurrency and round, and moto in the first round only (a run of moto is one of its own server's, and
 * at 1/50 of the emulator's throughput its share of noise is not what its figures say).
 */
async function throughput(m, moto) {
  const motoPlans = [];
  for (const s of moto ? SCENARIOS : []) {
    motoPlans.push(await s.prepare(moto.url));
  }
  return acrossRounds(m, (round) => throughputRound(m, round === 0 ? moto : undefined, motoPlans));
}

async function throughputRound(m, moto, motoPlans) {
  const results = [];
  for (const connections of m.concurrencies) {
    const emu = await emulatorWith(BACKUPS);
    for (const [i, s] of SCENARIOS.entries()) {
      const { lines, replies } = await s.prepare(emu.url);
      const servers = { emulator: { url: emu.url, lines, args: PLAN_ARGS } };
      if (moto) {
        servers.moto = { url: moto.url, lines: motoPlans[i].lines, args: PLAN_ARGS, after: moto.settle };
      }
      const floor = { contentType: "application/x-amz-json-1.1", by: KEYED_BY, replies, lines, args: PLAN_ARGS };
      results.push(await sideBySide({ scenario: s.id, what: s.what, connections, m, floor, servers }));
    }
    stopChild(emu.child);
  }
  return results;
}

/** The emulator's requests/s over moto's, per workload and concurrency. */
function printOverMoto(results, concurrencies) {
  log("");
  log("Emulator over moto (requests/s): the ratio depends on the number of connections, so it is given at each");
  const overMoto = results.map((r) => ({
    scenario: r.scenario,
    connections: r.connections,
    ratio: r.emulator.rps / r.moto.rps,
  }));
  for (const s of SCENARIOS) {
    const at = concurrencies.map((c) => overMoto.find((o) => o.scenario === s.id && o.connections === c));
    log(`  ${s.what.padEnd(40)} ${at.map((o) => `×${o.ratio.toFixed(1)} at c=${o.connections}`).join(", ")}`);
  }
  return overMoto;
}

/**
 * The emulator process's RSS after importing `n` backups and listing them once: a fresh process per size and round,
 * the median of the rounds (the RSS of one build at 100,000 backups moved by ~25 MiB from one process to the next).
 */
async function memoryAt(n, rounds) {
  const byRound = [];
  for (let i = 0; i < rounds; i++) {
    const emu = await emulatorWith(n);
    await describeAll(emu.url, n);
    byRound.push(rssMb(emu.pid));
    stopChild(emu.child);
  }
  return { backups: n, rssMiB: median(byRound), rssMiBByRound: byRound };
}

/** Runs CloudHSM v2's benchmark with the command line's options (harness.mjs `options`); returns its figures. */
export async function benchCloudHsm({ opt, flag }) {
  const m = measurement(opt);
  requireWrk();
  const motoLabel = flag("no-moto") ? null : motoVersion();
  log(`cloudhsm-kit emulator benchmark — ${new Date().toISOString()}`);
  log(machineLine());
  log(measurementLine(m));
  if (!flag("no-moto") && !motoLabel) {
    log("moto is not installed (pip install 'moto[server]'): the runs go without it");
  }
  log("");

  const moto = motoLabel ? await startMoto(BACKUPS) : undefined;
  const results = await throughput(m, moto);
  if (moto) {
    stopChild(moto.child);
  }
  printRuns(results, {
    floor: "do-nothing Node server (floor)",
    emulator: "emulator",
    ...(moto && { moto: motoLabel }),
  });
  reportVoid(results);
  const overMoto = moto ? printOverMoto(results, m.concurrencies) : [];

  log("");
  log(
    `DescribeBackups page cost (${PAGE} a page, random pages, in-process emulator.fetch; median of ${ROUNDS - 1} interleaved passes of ${PER_ROUND})`,
  );
  const pageCost = await describeBackupsPageCosts([1000, 100_000]);
  for (const { n, us } of pageCost.sizes) {
    log(`  ${n.toLocaleString("en").padStart(7)} backups: ${us.toFixed(0).padStart(5)} µs/page`);
  }
  log(`  100,000 / 1,000: ×${pageCost.ratio.toFixed(2)}`);

  log("");
  log(
    `Memory of the emulator server process (RSS, after importing the backups and listing them once${m.rounds > 1 ? `; the median of ${m.rounds} processes` : ""})`,
  );
  const memory = [];
  for (const n of MEMORY_SIZES) {
    const figures = await memoryAt(n, m.rounds);
    memory.push(figures);
    const { rssMiB, rssMiBByRound } = figures;
    const each = rssMiBByRound.length > 1 ? `   (${rssMiBByRound.map((x) => x.toFixed(0)).join(", ")})` : "";
    log(`  ${n.toLocaleString("en").padStart(7)} backups: ${rssMiB.toFixed(0).padStart(5)} MiB${each}`);
  }

  const largest = memory[memory.length - 1];
  const targets = [
    ...throughputTargets(results),
    target(
      `DescribeBackups page cost, 100,000 backups over 1,000: within ×${PAGE_COST_TARGET}`,
      `×${pageCost.ratio.toFixed(2)}`,
      pageCost.ratio <= PAGE_COST_TARGET,
    ),
    target(
      `RSS at ${largest.backups.toLocaleString("en")} backups < ${RSS_TARGET_MIB} MiB`,
      `${largest.rssMiB.toFixed(0)} MiB`,
      largest.rssMiB < RSS_TARGET_MIB,
    ),
  ];
  log("");
  printTargets(targets);
  const figures = { service: "cloudhsmv2", wrk: m, moto: motoLabel, results, overMoto, pageCost, memory, targets };
  writeFigures(opt, figures);
  return figures;
}
