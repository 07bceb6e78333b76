// What every service's benchmark shares: its child processes (the emulator's server, the do-nothing floor), wrk runs
// and their figures, and the memory of a process.
import { execFile, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const here = fileURLToPath(new URL(".", import.meta.url));
const cli = join(here, "../dist/cli.js");
export const work = mkdtempSync(join(tmpdir(), "cloudhsm-bench-"));
const children = [];

export const log = (...a) => process.stdout.write(`${a.join(" ")}\n`);

/** The command line's options: `opt("duration", "10")` reads `--duration <value>`; `flag("no-moto")` `--no-moto`. */
export function options(args) {
  return {
    opt(name, fallback) {
      const i = args.indexOf(`--${name}`);
      return i >= 0 ? args[i + 1] : fallback;
    },
    flag: (name) => args.includes(`--${name}`),
  };
}

export function requireWrk() {
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

export function machineLine() {
  return `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;
}

/** Starts a process and resolves with the first match of `readyPattern` in its output (within `readyMs`). */
export function startProcess(cmd, argv, readyPattern, readyMs = 120_000) {
  const child = spawn(cmd, argv, { stdio: ["pipe", "pipe", "pipe"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    let ready = false;
    const timer = setTimeout(() => reject(new Error(`${cmd} not ready in ${readyMs} ms: ${out}`)), readyMs);
    const onData = (d) => {
      out = (out + d.toString()).slice(-4000);
      const m = ready ? null : readyPattern.exec(out);
      if (m) {
        ready = true;
        clearTimeout(timer);
        resolve({ child, match: m });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (!ready) {
        reject(new Error(`${cmd} exited with ${code}: ${out}`));
      } else if (!child.stopping) {
        // A server that dies under load voids the runs after it: say why.
        log(`${argv[1] ?? cmd} exited during the benchmark (code ${code}, signal ${signal}): ${out.slice(-1000)}`);
      }
    });
  });
}

/** The emulator's server (`dist/cli.js`) on a free port of 127.0.0.1, with the given extra flags. */
export async function startEmulatorProcess(flags = []) {
  const { child, match } = await startProcess(
    process.execPath,
    [join(here, "guard.mjs"), cli, "--port", "0", ...flags],
    /(http:\/\/127\.0\.0\.1:\d+)/,
  );
  return { url: match[1], pid: child.pid, child };
}

/** Stops a child the benchmark started (SIGTERM), as meant: its exit is not reported. */
export function stopChild(child) {
  child.stopping = true;
  child.kill("SIGTERM");
}

/** The do-nothing Node server (bench/floor.mjs) answering each method with the given pre-serialised body. */
export async function startFloor(contentType, replies) {
  const file = join(work, `floor-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ contentType, replies }));
  const { child, match } = await startProcess(
    process.execPath,
    [join(here, "floor.mjs"), file],
    /(http:\/\/127\.0\.0\.1:\d+)/,
  );
  return { url: match[1], close: () => stopChild(child) };
}

/**
 * One wrk run: `script` (a file in bench/) with a plan file of `lines` and further `args`; bounded by its duration
 * (and a kill 60 s after it). `timeout` (s, wrk's default 2): a slower reply counts as a socket timeout and leaves
 * the latency figures. Resolves with requests/s, p50/p99 in ms, the count of non-2xx replies and socket errors.
 */
export async function wrk(url, { script, lines, args = [], threads, connections, duration, timeout }) {
  const planFile = join(work, `plan-${Math.random().toString(36).slice(2)}.tsv`);
  writeFileSync(planFile, lines.join("\n"));
  // Not execFileSync: this process's event loop keeps running, so its idle keep-alive sockets to a server see the
  // server close them, and no later request is sent on a dead one.
  const { stdout: out } = await promisify(execFile)(
    "wrk",
    [
      `-t${threads}`,
      `-c${connections}`,
      `-d${duration}s`,
      ...(timeout ? ["--timeout", `${timeout}s`] : []),
      "--latency",
      "-s",
      join(here, script),
      url,
      "--",
      planFile,
      ...args,
    ],
    { encoding: "utf8", timeout: (duration + 60) * 1000 },
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

export const fmt = (r) =>
  `${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(2).padStart(7)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms${r.non2xx ? `   non-2xx ${r.non2xx}` : ""}${r.errors ? `   ${r.errors}` : ""}`;

export function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

/** The median of samples, the first (warm-up) one dropped. */
export const warmMedian = (xs) => [...xs.slice(1)].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Runs a benchmark's main, reports a failure, and stops every child it started and removes its files however it
 * ends. */
export function runMain(main) {
  const stop = () => {
    for (const c of children) {
      if (c.exitCode === null) {
        stopChild(c);
      }
    }
    rmSync(work, { recursive: true, force: true });
  };
  process.once("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => process.exit(130));
  }
  return main()
    .catch((e) => {
      log(`benchmark failed: ${e.stack ?? e}`);
      process.exitCode = 1;
    })
    .finally(stop);
}
