#!/usr/bin/env node
// Benchmark of the emulator (not a test): throughput and p50/p99 latency under wrk for DescribeBackups (1,000 backups,
// 50 a page) and TagResource/ListTags, beside moto's server in the same run and beside a do-nothing Node server (the
// load generator's ceiling); then DescribeBackups page cost at 1,000 vs 100,000 backups and memory at 100,000.
// Usage (after `npm run build`): node bench/run.mjs [--duration 10] [--connections 32] [--no-moto]
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cloudHsmV2 } from "@cloudhsm-kit/spec";

const here = fileURLToPath(new URL(".", import.meta.url));
const cli = join(here, "../dist/cli.js");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const DURATION = Number(opt("duration", "10"));
const CONNECTIONS = Number(opt("connections", "32"));
const WITH_MOTO = !args.includes("--no-moto");
/** A well-formed SigV4 Authorization header for us-east-1 (the emulator accepts any signature by default). */
const authorization = (signedHeaders) =>
  `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261122/us-east-1/${cloudHsmV2.signingName}/aws4_request, ` +
  `SignedHeaders=${signedHeaders}, Signature=${"0".repeat(64)}`;
const AUTH = authorization("host");
const targetOf = (operation) => `${cloudHsmV2.targetPrefix}.${operation}`;
const work = mkdtempSync(join(tmpdir(), "cloudhsm-bench-"));
const children = [];
const log = (...a) => process.stdout.write(`${a.join(" ")}\n`);

function requireWrk() {
  try {
    execFileSync("wrk", ["--version"], { stdio: "ignore" });
  } catch (e) {
    // wrk --version exits 1 even when present; only a missing binary is a problem.
    if (e.code === "ENOENT") {
      log("wrk is not installed. Install it with: apt-get install -y wrk   (Debian/Ubuntu; brew install wrk on macOS)");
      process.exit(1);
    }
  }
}

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

function startProcess(cmd, argv, readyPattern) {
  const child = spawn(cmd, argv, { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    const onData = (d) => {
      out += d.toString();
      const m = readyPattern.exec(out);
      if (m) {
        resolve({ child, match: m });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`${cmd} exited with ${code}: ${out}`)));
  });
}

async function startEmulatorProcess() {
  const { child, match } = await startProcess(process.execPath, [cli, "--port", "0"], /(http:\/\/127\.0\.0\.1:\d+)/);
  return { url: match[1], pid: child.pid, child };
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

/** A do-nothing Node server in its own process (wrk blocks this one) replying with a body of the given size. */
async function startCeiling(bodyBytes) {
  const code = `
    const body = Buffer.from(JSON.stringify({ Backups: [], Padding: "x".repeat(${bodyBytes}) }));
    const server = require("node:http").createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        res.writeHead(200, { "Content-Type": "application/x-amz-json-1.1", "Content-Length": body.length });
        res.end(body);
      });
    });
    server.listen(0, "127.0.0.1", () => console.log("http://127.0.0.1:" + server.address().port));`;
  const { child, match } = await startProcess(process.execPath, ["-e", code], /(http:\/\/127\.0\.0\.1:\d+)/);
  return { url: match[1], close: () => child.kill("SIGTERM") };
}

/** A state document with `n` READY backups in us-east-1 (format of GET /_emulator/v1/state), with given settings. */
function stateWith(n, settings) {
  const now = Date.now() / 1000;
  const backups = [];
  const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
  for (let i = 0; i < n; i++) {
    let id = "backup-";
    let x = i;
    for (let k = 0; k < 11; k++) {
      id += alphabet[x % 32];
      x = Math.floor(x / 32);
    }
    backups.push({
      BackupId: id,
      BackupArn: `arn:aws:cloudhsm:us-east-1:123456789012:backup/${id}`,
      BackupState: "READY",
      ClusterId: "cluster-benchbenchbe",
      CreateTimestamp: Math.round((now - n + i) * 1000) / 1000,
      NeverExpires: true,
      TagList: [{ Key: "bench", Value: String(i) }],
      HsmType: "hsm2m.medium",
      Mode: "FIPS",
    });
  }
  return {
    format: "cloudhsm-kit-emulator-state",
    version: 1,
    now,
    clockOffsetMs: 0,
    settings,
    copyFaults: [],
    events: [],
    namespaces: [
      { account: "123456789012", region: "us-east-1", backups, clusters: [], retiredClusters: [], policies: {} },
    ],
  };
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

function wrk(url, plan) {
  const planFile = join(work, `plan-${Math.random().toString(36).slice(2)}.tsv`);
  writeFileSync(planFile, plan.map(([t, b]) => `${targetOf(t)}\t${JSON.stringify(b)}`).join("\n"));
  const out = execFileSync(
    "wrk",
    [
      "-t2",
      `-c${CONNECTIONS}`,
      `-d${DURATION}s`,
      "--latency",
      "-s",
      join(here, "wrk-aws-json.lua"),
      url,
      "--",
      planFile,
      authorization("content-type;host;x-amz-date;x-amz-target"),
    ],
    { encoding: "utf8" },
  );
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const pct = (p) => {
    const m = new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
    return m ? Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]] : Number.NaN;
  };
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const errors = /Socket errors:.*/.exec(out)?.[0] ?? "";
  if (process.env.BENCH_DEBUG) {
    log(out);
  }
  return { rps, p50: pct(50), p99: pct(99), non2xx, errors };
}

const fmt = (r) =>
  `${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(2).padStart(7)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms${r.non2xx ? `   non-2xx ${r.non2xx}` : ""}${r.errors ? `   ${r.errors}` : ""}`;

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
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
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return sizes.map((n) => ({ n, us: median(samples.get(n).slice(1)) })); // the first round warms up
}

async function main() {
  requireWrk();
  log(`cloudhsm-kit emulator benchmark — ${new Date().toISOString()}`);
  log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
  );
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

  const ceiling = await startCeiling(sampleBody.length);
  const results = [];
  results.push([
    "do-nothing Node server (generator ceiling)",
    "DescribeBackups-sized reply",
    wrk(ceiling.url, [["DescribeBackups", { MaxResults: 50 }]]),
  ]);
  ceiling.close();
  results.push([
    "emulator",
    "DescribeBackups, 1,000 backups, 50/page",
    wrk(
      emu.url,
      emuPages.bodies.map((b) => ["DescribeBackups", b]),
    ),
  ]);
  await settle(emu.url);
  results.push(["emulator", "TagResource + ListTags", wrk(emu.url, tagPlan(target))]);

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
      wrk(
        moto.url,
        motoPages.bodies.map((b) => ["DescribeBackups", b]),
      ),
    ]);
    await settle(moto.url);
    results.push(["moto", "TagResource + ListTags", wrk(moto.url, tagPlan(motoTarget))]);
    moto.child.kill("SIGTERM");
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
  emu.child.kill("SIGTERM");

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
    e.child.kill("SIGTERM");
  }
}

main()
  .catch((e) => {
    log(`benchmark failed: ${e.stack ?? e}`);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const c of children) {
      if (c.exitCode === null) {
        c.kill("SIGTERM");
      }
    }
  });
