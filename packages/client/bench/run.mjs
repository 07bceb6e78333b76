// `npm run bench -w @cloudhsm-kit/client`: per-call latency against a local server and browser bundle size,
// for this client and the official AWS SDK client. Not a test: it prints figures and the machine they came from.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { measureLatency } from "./latency.mjs";
import { measureSize } from "./size.mjs";

const calls = Number(process.env.BENCH_CALLS ?? 2000);
const warmup = Number(process.env.BENCH_WARMUP ?? 200);
const here = fileURLToPath(new URL(".", import.meta.url));

function machine() {
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? "unknown CPU";
  const load = loadavg()[0].toFixed(2);
  return `${new Date().toISOString().slice(0, 10)}, node ${process.version}, nproc ${availableParallelism()}, ${cpu}, load average ${load}`;
}

async function startServer() {
  const child = spawn(process.execPath, [fileURLToPath(new URL("server.mjs", import.meta.url))], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = await new Promise((resolve, reject) => {
    child.stdout.once("data", (data) => resolve(String(data).trim()));
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const [url, bytes] = line.split(" ");
  return { url, bytes, stop: () => child.kill("SIGTERM") };
}

const ms = (x) => `${x.toFixed(3)} ms`.padStart(10);

const server = await startServer();
try {
  console.log(`Machine: ${machine()}`);
  console.log(`\nDescribeBackups, ${calls} sequential calls per client after ${warmup} warm-up calls,`);
  console.log(`against ${server.url} (separate process, ${server.bytes}-byte reply):\n`);
  const latency = await measureLatency(server.url, { calls, warmup });
  const baseline = latency["raw fetch (baseline)"].mean;
  console.log(
    `${"client".padEnd(38)}${"mean".padStart(10)}${"p50".padStart(10)}${"p99".padStart(10)}  overhead vs fetch`,
  );
  for (const [name, s] of Object.entries(latency)) {
    const overhead = name.startsWith("raw") ? "" : `  +${(s.mean - baseline).toFixed(3)} ms`;
    console.log(`${name.padEnd(38)}${ms(s.mean)}${ms(s.p50)}${ms(s.p99)}${overhead}`);
  }
  console.log(
    "\nBrowser bundle with one DescribeBackups call (esbuild, platform browser, minify, tree-shaken, gzip -9):\n",
  );
  const sizes = await measureSize(here);
  for (const [name, s] of Object.entries(sizes)) {
    console.log(`${name.padEnd(38)}${`${s.minified} B min`.padStart(14)}${`${s.gzipped} B gzip`.padStart(16)}`);
  }
  const [ours, sdk] = Object.values(sizes);
  console.log(`\nratio (gzip): ${(ours.gzipped / sdk.gzipped).toFixed(3)} (target ≤ 0.200)`);
} finally {
  server.stop();
}
