// `npm run bench -w @cloudhsm-kit/client`: per-call latency against a local server and browser bundle size,
// for this client with each candidate SigV4 signer and for the official AWS SDK client, side by side in one
// run. Not a test: it prints figures and the machine they came from.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { BASELINE, measureLatency, SDK } from "./latency.mjs";
import { measureSigning } from "./signing.mjs";
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
const W = 40;

function printLatency(latency) {
  const baseline = latency[BASELINE].mean;
  const sdkOverhead = latency[SDK].mean - baseline;
  console.log(
    `${"client".padEnd(W)}${"mean".padStart(10)}${"p50".padStart(10)}${"p99".padStart(10)}  overhead vs fetch  ÷ SDK's`,
  );
  for (const [name, s] of Object.entries(latency)) {
    const overhead = s.mean - baseline;
    const columns =
      name === BASELINE ? "" : `  ${`+${overhead.toFixed(3)} ms`.padStart(17)}  ${(overhead / sdkOverhead).toFixed(2)}`;
    console.log(`${name.padEnd(W)}${ms(s.mean)}${ms(s.p50)}${ms(s.p99)}${columns}`);
  }
  console.log("(Node runs the client with the first signer listed; target ≤ 0.50 of the SDK's overhead)");
}

function printSize(sizes) {
  const sdk = sizes[SDK];
  console.log(`${"bundle".padEnd(W)}${"minified".padStart(12)}${"gzip".padStart(10)}  ÷ SDK's (gzip)`);
  for (const [name, s] of Object.entries(sizes)) {
    console.log(
      `${name.padEnd(W)}${`${s.minified} B`.padStart(12)}${`${s.gzipped} B`.padStart(10)}  ${(s.gzipped / sdk.gzipped).toFixed(3)}`,
    );
  }
  console.log("(browsers get the first; target ≤ 0.200 of the SDK's)");
  const [[name, ours]] = Object.entries(sizes);
  const parts = Object.entries(ours.parts).sort(([, a], [, b]) => b - a);
  console.log(`\n${name}, minified bytes by package: ${parts.map(([p, b]) => `${p} ${b} B`).join(", ")}`);
  console.log(`gzip budget at the target: ${Math.floor(0.2 * sdk.gzipped)} B`);
}

function printSigning(signing) {
  console.log(`${"signer".padEnd(W)}${"µs per signature".padStart(18)}`);
  for (const [name, us] of Object.entries(signing)) {
    console.log(`${name.padEnd(W)}${us.toFixed(1).padStart(18)}`);
  }
}

const server = await startServer();
try {
  console.log(`Machine: ${machine()}`);
  console.log(`\nDescribeBackups, ${calls} sequential calls per client after ${warmup} warm-up calls,`);
  console.log(`against ${server.url} (separate process, ${server.bytes}-byte reply):\n`);
  printLatency(await measureLatency(server.url, { calls, warmup }));
  console.log("\nSigning alone, in-process (median of 20 rounds of 250 signatures):\n");
  printSigning(await measureSigning());
  console.log(
    "\nBrowser bundle with one DescribeBackups call (esbuild, platform browser, minify, tree-shaken, gzip -9):\n",
  );
  printSize(await measureSize(here));
} finally {
  server.stop();
}
