// CloudHSM v2's benchmark (bench/run.mjs, the default service): throughput and p50/p99 latency under wrk for
// DescribeBackups (1,000 backups, 50 a page) and TagResource/ListTags, beside moto's server in the same run and beside
// a do-nothing Node server (the load generator's ceiling); then DescribeBackups page cost at 1,000 vs 100,000 backups
// and memory at 100,000. Options: [--duration 10] [--connections 32] [--no-moto]
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cloudHsmV2 } from "@cloudhsm-kit/spec";
import { stateWith } from "./cloudhsm-state.mjs";
import {
  fmt,
  log,
  machineLine,
  requireWrk,
  rssMb,
  startEmulatorProcess,
  startFloor,
  startProcess,
  stopChild,
  warmMedian,
  wrk,
} from "./harness.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
/** A well-formed SigV4 Authorization header for us-east-1 (the emulator accepts any signature by default). */
const authorization = (signedHeaders) =>
  `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261122/us-east-1/${cloudHsmV2.signingName}/aws4_request, ` +
  `SignedHeaders=${signedHeaders}, Signature=${"0".repeat(64)}`;
const AUTH = authorization("host");
const targetOf = (operation) => `${cloudHsmV2.targetPrefix}.${operation}`;

async function call(url, target, body) {
  const r = await fetch(url, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-amz-json-1.1",
      "X-Amz-Target": targetOf(target),
      Authorization: AUTH,
      "X-Amz-Date": "20261122T000000Z",
    },
    body: JSON.stringify(body),
  });
  const text = await r.text();
  if (r.status !== 200) {
    throw new Error(`${target} → ${r.status} ${text.slice(0, 300)}`);
  }
  return JSON.parse(text);
}

async function startMoto() {
  const port = 5000 + Math.floor(Math.random() * 1000);
  const { child } = await startProcess(
    "python",
    ["-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)],
    /Running on|Serving Flask/,
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(url);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url, pid: child.pid, child };
}

async function importState(url, doc) {
  const r = await fetch(`${url}/_emulator/v1/state`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(doc),
  });
  if (r.status !== 200) {
    throw new Error(`import → ${r.status} ${await r.text()}`);
  }
}

/** Walks every page; returns the request bodies of all pages (first page has no token). */
async function pageBodies(url) {
  const bodies = [{ MaxResults: 50 }];
  let token;
  let total = 0;
  do {
    const page = await call(url, "DescribeBackups", token ? { MaxResults: 50, NextToken: token } : { MaxResults: 50 });
    total += page.Backups.length;
    token = page.NextToken;
    if (token) {
      bodies.push({ MaxResults: 50, NextToken: token });
    }
  } while (token);
  return { bodies, total };
}

/** Waits until a server answers a cheap call within 200 ms again (moto keeps working off a backlog after a run). */
async function settle(url) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const t0 = Date.now();
    try {
      await call(url, "ListTags", { ResourceId: "backup-abcdefghijk" }).catch(() => undefined);
    } catch {}
    if (Date.now() - t0 < 200) {
      return;
    }
  }
}

/** An in-process emulator holding `n` backups, and the request bodies of all its DescribeBackups pages. */
async function pagedEmulator(n) {
  const { createEmulator } = await import(join(here, "../dist/index.js"));
  const emu = createEmulator({ log: () => undefined });
  emu.importState(stateWith(n, emu.settings()));
  const page = async (body) => {
    const r = await emu.fetch(
      new Request("http://emulator.bench/", {
        method: "POST",
        headers: {
          "Content-Type": "application/x-amz-json-1.1",
          "X-Amz-Target": targetOf("DescribeBackups"),
          Authorization: AUTH,
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
 * Page cost at each size: rounds of 250 random pages, the sizes interleaved so that drift on a shared machine hits
 * both alike; the median round is reported.
 */
async function pageCosts(sizes, rounds = 12, perRound = 250) {
  const emus = [];
  for (const n of sizes) {
    emus.push(await pagedEmulator(n));
  }
  const samples = new Map(sizes.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (const e of emus) {
      const t0 = performance.now();
      for (let i = 0; i < perRound; i++) {
        await e.page(e.bodies[Math.floor(Math.random() * e.bodies.length)]);
      }
      samples.get(e.n).push(((performance.now() - t0) / perRound) * 1000);
    }
  }
  return sizes.map((n) => ({ n, us: warmMedian(samples.get(n)) }));
}

/** Runs CloudHSM v2's benchmark with the command line's options (harness.mjs `options`). */
export async function benchCloudHsm({ opt, flag }) {
  const DURATION = Number(opt("duration", "10"));
  const CONNECTIONS = Number(opt("connections", "32"));
  const WITH_MOTO = !flag("no-moto");
  /** wrk with AWS JSON 1.1 requests, the plan's [operation, input] pairs in turn. */
  const wrkJson = (url, plan) =>
    wrk(url, {
      script: "wrk-plan.lua",
      lines: plan.map(
        ([t, b]) =>
          `POST\t/\t${JSON.stringify(b)}\tContent-Type: application/x-amz-json-1.1\tX-Amz-Target: ${targetOf(t)}`,
      ),
      args: [authorization("content-type;host;x-amz-date;x-amz-target")],
      threads: 2,
      connections: CONNECTIONS,
      duration: DURATION,
    });
  requireWrk();
  log(`cloudhsm-kit emulator benchmark — ${new Date().toISOString()}`);
  log(machineLine());
  log(`load generator: wrk -t2 -c${CONNECTIONS} -d${DURATION}s (one run per line, servers one after another)`);
  log("");

  // Emulator with 1,000 backups.
  const emu = await startEmulatorProcess();
  const settingsOf = async (url) => (await fetch(`${url}/_emulator/v1/settings`)).json();
  await importState(emu.url, stateWith(1000, await settingsOf(emu.url)));
  const emuPages = await pageBodies(emu.url);
  const sampleBody = JSON.stringify(await call(emu.url, "DescribeBackups", { MaxResults: 50 }));
  const target =
    emuPages.total > 0 ? (await call(emu.url, "DescribeBackups", { MaxResults: 1 })).Backups[0].BackupId : "";
  const tagPlan = (id) => [
    ["TagResource", { ResourceId: id, TagList: [{ Key: "bench", Value: "v" }] }],
    ["ListTags", { ResourceId: id }],
  ];

  const floor = await startFloor("application/x-amz-json-1.1", {
    POST: JSON.stringify({ Backups: [], Padding: "x".repeat(sampleBody.length) }),
  });
  const results = [];
  results.push([
    "do-nothing Node server (generator ceiling)",
    "DescribeBackups-sized reply",
    await wrkJson(floor.url, [["DescribeBackups", { MaxResults: 50 }]]),
  ]);
  floor.close();
  results.push([
    "emulator",
    "DescribeBackups, 1,000 backups, 50/page",
    await wrkJson(
      emu.url,
      emuPages.bodies.map((b) => ["DescribeBackups", b]),
    ),
  ]);
  await settle(emu.url);
  results.push(["emulator", "TagResource + ListTags", await wrkJson(emu.url, tagPlan(target))]);

  if (WITH_MOTO) {
    const moto = await startMoto();
    // moto makes one READY backup per CreateCluster (its only way to get a backup).
    for (let i = 0; i < 1000; i++) {
      await call(moto.url, "CreateCluster", { HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] });
    }
    const motoPages = await pageBodies(moto.url);
    const motoTarget = (await call(moto.url, "DescribeBackups", { MaxResults: 1 })).Backups[0].BackupId;
    results.push([
      `moto ${execFileSync("python", ["-c", "import moto;print(moto.__version__)"], { encoding: "utf8" }).trim()}`,
      `DescribeBackups, ${motoPages.total} backups, 50/page`,
      await wrkJson(
        moto.url,
        motoPages.bodies.map((b) => ["DescribeBackups", b]),
      ),
    ]);
    await settle(moto.url);
    results.push(["moto", "TagResource + ListTags", await wrkJson(moto.url, tagPlan(motoTarget))]);
    stopChild(moto.child);
  }
  log("Throughput and latency");
  for (const [server, what, r] of results) {
    log(`  ${server.padEnd(44)} ${what.padEnd(40)} ${fmt(r)}`);
  }
  const emuDescribe = results.find((r) => r[0] === "emulator" && r[1].startsWith("Describe"))[2];
  const motoDescribe = results.find((r) => r[0].startsWith("moto") && r[1].startsWith("Describe"))?.[2];
  if (motoDescribe) {
    const emuTags = results.find((r) => r[0] === "emulator" && r[1].startsWith("Tag"))[2];
    const motoTags = results.find((r) => r[0] === "moto" && r[1].startsWith("Tag"))[2];
    log(
      `  emulator / moto: DescribeBackups ×${(emuDescribe.rps / motoDescribe.rps).toFixed(1)}, TagResource+ListTags ×${(emuTags.rps / motoTags.rps).toFixed(1)}`,
    );
  }
  stopChild(emu.child);

  // Page cost and memory: a fresh emulator per size, one client, sequential requests at random pages.
  log("");
  log(
    "DescribeBackups page cost (50 a page, random pages, in-process emulator.fetch; median of 11 interleaved rounds of 250)",
  );
  for (const { n, us } of await pageCosts([1000, 100000])) {
    log(`  ${String(n).padStart(7)} backups: ${us.toFixed(0).padStart(5)} µs/page`);
  }
  log("");
  log("Memory of the emulator server process (RSS, after importing the backups and listing them once)");
  for (const n of [0, 1000, 100000]) {
    const e = await startEmulatorProcess();
    if (n > 0) {
      await importState(e.url, stateWith(n, await settingsOf(e.url)));
      await pageBodies(e.url);
    }
    log(`  ${String(n).padStart(7)} backups: ${rssMb(e.pid).toFixed(0).padStart(5)} MiB`);
    stopChild(e.child);
  }
}
