// What every service's benchmark shares, so that both measure alike: its child processes (the emulator's server, the
// do-nothing floor), wrk runs and their figures, the measurement (wrk's settings, each workload beside its floor), the
// targets as a checklist, the JSON figures, and the memory of a process.
import { execFile, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { pooled, sumErrors } from "./pooled.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const cli = join(here, "../dist/cli.js");
export const work = mkdtempSync(join(tmpdir(), "cloudhsm-bench-"));
const children = [];

export const log = (...a) => process.stdout.write(`${a.join(" ")}\n`);

/** A command line the benchmark cannot run with: said in one line, exit code 2. */
export class UsageError extends Error {}

/**
 * The command line's options: `opt("duration", "10")` reads `--duration <value>`; `flag("no-moto")` `--no-moto`.
 * Anything not among `known.values` (options taking a value) and `known.flags` is refused, naming what is accepted.
 */
export function options(args, known) {
  for (let i = 0; i < args.length; i++) {
    const name = args[i].startsWith("--") ? args[i].slice(2) : undefined;
    if (name !== undefined && known.values.includes(name) && i + 1 < args.length) {
      i++;
    } else if (name !== undefined && known.values.includes(name)) {
      throw new UsageError(`--${name} needs a value`);
    } else if (name === undefined || !known.flags.includes(name)) {
      const accepted = [...known.values.map((v) => `--${v} <value>`), ...known.flags.map((f) => `--${f}`)];
      throw new UsageError(
        `unexpected argument ${JSON.stringify(args[i])}: the benchmark takes ${accepted.join(", ")}`,
      );
    }
  }
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

const machine = () =>
  `${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;

export const machineLine = () => `machine: ${machine()}`;

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

/**
 * The do-nothing Node server (bench/floor.mjs) answering with the given pre-serialised bodies, keyed by method, or by
 * method and the request header `by` (or the path, `by` "path"): see floor.mjs.
 */
export async function startFloor(contentType, replies, by) {
  const file = join(work, `floor-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ contentType, by, replies }));
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
 * the latency figures. Resolves with the run as `pooled` (pooled.mjs) takes it, read from the summary line the script
 * prints at its end (wrk-plan.lua): its `requests`, its length in seconds (`seconds`), the count of non-2xx replies
 * (`non2xx`), the socket errors (connect, read, write, timeout; null when there were none) and its latency
 * distribution (`latency`: [percentile, ms] pairs).
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
      "-s",
      join(here, script),
      url,
      "--",
      planFile,
      ...args,
    ],
    { encoding: "utf8", timeout: (duration + 60) * 1000 },
  );
  if (process.env.BENCH_DEBUG) {
    log(out);
  }
  const line = /^PLAN-SUMMARY (.*)$/m.exec(out);
  if (!line) {
    throw new Error(`wrk printed no PLAN-SUMMARY line (is ${script} wrk-plan.lua?): ${out.slice(0, 500)}`);
  }
  const summary = JSON.parse(line[1]);
  const { status, ...socket } = summary.errors;
  return {
    requests: summary.requests,
    seconds: summary.durationUs / 1e6,
    non2xx: status,
    socketErrors: Object.values(socket).some((n) => n > 0) ? socket : null,
    latency: summary.latencyUs.map(([p, us]) => [p, us / 1000]),
  };
}

/** One run's figures on one line: requests/s, p50, p99, and any non-2xx replies and socket errors. */
export function fmt(r) {
  const e = r.socketErrors;
  return (
    `${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(2).padStart(7)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms` +
    (r.non2xx ? `   non-2xx ${r.non2xx}` : "") +
    (e ? `   socket errors: connect ${e.connect}, read ${e.read}, write ${e.write}, timeout ${e.timeout}` : "")
  );
}

/**
 * The measurement of every service's benchmark: wrk with one thread at each of `--connections` (8 and 32), with a
 * 10 s timeout, so that a slow reply counts in the p99 instead of leaving the figures as a socket timeout. Each server
 * of a workload (the floor first) gets `--warmup` seconds (2; 0 for none) of its load unmeasured, after V8 has
 * compiled its hot paths; then the servers take turns, `--slices` times (4), each turn `--settle` seconds (1) of the
 * load unmeasured and then `--duration` / `--slices` seconds measured (8 / 4): `--duration` seconds of each in all,
 * spread over the same minute. All of it `--rounds` times (3), each round on fresh servers (`acrossRounds`).
 */
export function measurement(opt) {
  const m = {
    threads: 1,
    duration: Number(opt("duration", "8")),
    warmup: Number(opt("warmup", "2")),
    slices: Number(opt("slices", "4")),
    settle: Number(opt("settle", "1")),
    concurrencies: opt("connections", "8,32").split(",").map(Number),
    rounds: Number(opt("rounds", "3")),
    timeout: 10,
  };
  checkMeasurement(m);
  return m;
}

/** The options every service's benchmark takes with a value (options()'s `known.values`). */
export const MEASUREMENT_OPTIONS = ["duration", "warmup", "slices", "settle", "connections", "rounds"];

function checkMeasurement(m) {
  const whole = (name, least, what) => {
    if (!Number.isInteger(m[name]) || m[name] < least) {
      throw new UsageError(`--${name} must be ${what} (got ${m[name]})`);
    }
  };
  whole("duration", 1, "a whole number of seconds, at least 1");
  whole("warmup", 0, "a whole number of seconds, 0 or more");
  whole("slices", 1, "a whole number, at least 1");
  whole("settle", 0, "a whole number of seconds, 0 or more");
  whole("rounds", 1, "a whole number, at least 1");
  if (m.duration % m.slices !== 0) {
    throw new UsageError(
      `--duration must be a whole multiple of --slices, so that every slice is whole seconds (got ${m.duration} and ${m.slices})`,
    );
  }
  if (m.concurrencies.some((c) => !Number.isInteger(c) || c < 1)) {
    throw new UsageError(
      `--connections must be whole numbers of at least 1, separated by commas (got ${m.concurrencies})`,
    );
  }
}

export const measurementLine = (m) =>
  `load generator: wrk -t${m.threads} -c${m.concurrencies.join("|")} --timeout ${m.timeout}s; ` +
  `each server ${m.warmup} s unmeasured, then the servers in turn, ${m.slices} × (${m.settle} s unmeasured + ` +
  `${m.duration / m.slices} s measured), ${m.duration} s each in all; ` +
  `${m.rounds === 1 ? "one round" : `the median of ${m.rounds} rounds, each on fresh servers`}`;

/**
 * One workload at one concurrency, side by side: the floor answering `floor.replies` (keyed as startFloor's `by`
 * says) and each of `servers` ({ name: { url, lines, args, after? } }), each with its own plan for wrk-plan.lua;
 * `after()` runs when each of that server's runs is done. The servers take turns in slices (measurement): the floor,
 * then each server, and in the next turn the other way round, so that a machine that speeds up or slows down over the
 * minute weighs on all alike; a slice measures only after `settle` seconds of its load, so that what the server left
 * for later while the others ran (an emulator's due transitions) and wrk's new connections fall outside it. Resolves
 * with every server's figures pooled over its slices (`pooled`: requests/s, p50, p99, each slice's under `parts`),
 * the warm-up's apart (`warmup`), and each server's `ofFloor`: its requests/s over the floor's.
 */
export async function sideBySide({ scenario, what, connections, m, floor, servers }) {
  const run = async (server, duration) => {
    const measured = await wrk(server.url, {
      script: "wrk-plan.lua",
      lines: server.lines,
      args: server.args,
      threads: m.threads,
      connections,
      duration,
      timeout: m.timeout,
    });
    await server.after?.();
    return measured;
  };
  const floorServer = await startFloor(floor.contentType, floor.replies, floor.by);
  const turn = [["floor", { ...floor, url: floorServer.url }], ...Object.entries(servers)];
  const warmups = new Map();
  for (const [name, server] of turn) {
    if (m.warmup > 0) {
      warmups.set(name, await run(server, m.warmup));
    }
  }
  const slices = new Map(turn.map(([name]) => [name, []]));
  for (let i = 0; i < m.slices; i++) {
    for (const [name, server] of i % 2 === 0 ? turn : [...turn].reverse()) {
      if (m.settle > 0) {
        await run(server, m.settle);
      }
      slices.get(name).push(await run(server, m.duration / m.slices));
    }
  }
  floorServer.close();
  const figuresOf = (name) => {
    const figures = pooled(slices.get(name));
    const warmup = warmups.get(name);
    return warmup ? { ...figures, warmup: pooled([warmup]) } : figures;
  };
  const result = { scenario, what, connections, floor: figuresOf("floor") };
  for (const name of Object.keys(servers)) {
    const figures = figuresOf(name);
    result[name] = { ...figures, ofFloor: figures.rps / result.floor.rps };
  }
  return result;
}

/**
 * Runs `round(i)` — every workload side by side (sideBySide), on servers of its own — `m.rounds` times, and resolves
 * with each workload's figures over the rounds: each server's median requests/s, p50 and p99, the emulator's median
 * share of the floor (each round's share is of that round's floor), every non-2xx reply and socket error of any round,
 * the warm-ups' medians alike; and every round's own figures under `rounds`. Rounds one after another rather than runs:
 * the load this machine shares changes over minutes, and a workload's rounds are minutes apart. A server a round leaves
 * out (moto, measured once) has the figures of the rounds it ran in.
 */
export async function acrossRounds(m, round) {
  const rounds = [];
  for (let i = 0; i < m.rounds; i++) {
    rounds.push(await round(i));
  }
  return rounds[0].map((first, k) => {
    const results = rounds.map((r) => r[k]);
    const combined = { scenario: first.scenario, what: first.what, connections: first.connections };
    for (const name of Object.keys(first).filter((key) => typeof first[key] === "object")) {
      combined[name] = medianRun(results.flatMap((r) => (r[name] ? [r[name]] : [])));
    }
    return { ...combined, rounds: results };
  });
}

/** The median of numbers (of an even count, the mean of the middle two). */
export const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function medianRun(runs) {
  const [first] = runs;
  const errors = runs.flatMap((r) => (r.socketErrors ? [r.socketErrors] : []));
  return {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    socketErrors: errors.length === 0 ? null : sumErrors(errors),
    ...(first.warmup ? { warmup: medianRun(runs.map((r) => r.warmup)) } : {}),
    ...(first.ofFloor === undefined
      ? {}
      : { ofFloor: median(runs.map((r) => r.ofFloor)), ofFloorByRound: runs.map((r) => r.ofFloor) }),
  };
}

const runsOf = (result, labels) =>
  Object.entries(labels).flatMap(([name, label]) => (result[name] ? [[name, label, result[name]]] : []));

/** Each round's share of the floor, when there were several. */
const byRound = (figures) =>
  figures.ofFloorByRound?.length > 1
    ? ` (rounds: ${figures.ofFloorByRound.map((x) => `×${x.toFixed(3)}`).join(", ")})`
    : "";

/**
 * Prints sideBySide's results (or acrossRounds'), one line per server, under `labels` ({ floor: "…", emulator: "…", …
 * }).
 */
export function printRuns(results, labels) {
  const rounds = results[0]?.rounds?.length ?? 1;
  log(
    `Throughput and latency${rounds > 1 ? `, medians of ${rounds} rounds` : ""} ` +
      "(×: requests/s over the floor's, same workload, connections and round)",
  );
  for (const r of results) {
    for (const [name, label, figures] of runsOf(r, labels)) {
      const ratio = name === "floor" ? "" : `   ×${figures.ofFloor.toFixed(3)} of the floor${byRound(figures)}`;
      const cold = figures.warmup ? `   (warm-up: p99 ${figures.warmup.p99.toFixed(2)} ms)` : "";
      log(
        `  ${label.padEnd(32)} ${r.what.padEnd(40)} c=${String(r.connections).padEnd(3)} ${fmt(figures)}${ratio}${cold}`,
      );
    }
  }
}

/** The runs of a sideBySide result with a non-2xx reply: they measured something else than the workload (void). */
const voidRuns = (result) => [
  ...new Set(
    (result.rounds ?? [result]).flatMap((round) =>
      Object.entries(round).flatMap(([name, figures]) =>
        typeof figures === "object" && (figures.non2xx > 0 || figures.warmup?.non2xx > 0) ? [name] : [],
      ),
    ),
  ),
];

/** Says which runs are void, and makes the benchmark's exit code 1 if any is. */
export function reportVoid(results) {
  const broken = results.flatMap((r) => voidRuns(r).map((name) => `${name} ${r.scenario} c=${r.connections}`));
  if (broken.length > 0) {
    log(`  non-2xx replies in ${broken.join(", ")}: those figures are void`);
    process.exitCode = 1;
  }
}

/** The targets: the emulator's requests/s against the floor's, and its p99 in ms by number of connections. */
export const FLOOR_SHARE_TARGET = 0.4;
export const P99_TARGETS_MS = { 8: 5, 32: 20 };

/** One line of the checklist: what is aimed at, the measured figure, and "met", "NOT met" or "void". */
export const target = (aim, figure, met, isVoid = false) => ({
  target: aim,
  figure,
  status: isVoid ? "void" : met ? "met" : "NOT met",
});

/** The throughput and p99 targets of each of sideBySide's results, for the emulator. */
export function throughputTargets(results) {
  return results.flatMap((r) => {
    const at = `${r.scenario}, c=${r.connections}`;
    const isVoid = voidRuns(r).some((name) => name === "floor" || name === "emulator");
    const limit = P99_TARGETS_MS[r.connections];
    return [
      target(
        `${at}: requests/s ≥ ${FLOOR_SHARE_TARGET * 100}% of the floor's`,
        `×${r.emulator.ofFloor.toFixed(3)}`,
        r.emulator.ofFloor >= FLOOR_SHARE_TARGET,
        isVoid,
      ),
      ...(limit === undefined
        ? []
        : [target(`${at}: p99 < ${limit} ms`, `${r.emulator.p99.toFixed(2)} ms`, r.emulator.p99 < limit, isVoid)]),
    ];
  });
}

/** Prints the checklist; the exit code is not touched (a target not met is a finding, not a failure). */
export function printTargets(targets) {
  log("Targets");
  const width = Math.max(...targets.map((t) => t.target.length));
  for (const t of targets) {
    log(`  ${t.target.padEnd(width)}  ${t.figure.padStart(10)}   ${t.status}`);
  }
}

/** Writes the figures to `--json <file>`, if given, with the date and machine. */
export function writeFigures(opt, figures) {
  const file = opt("json", undefined);
  if (file) {
    writeFileSync(
      file,
      `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), ...figures }, null, 2)}\n`,
    );
  }
}

export function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

/** The median of samples, the first (warm-up) one dropped. */
export const warmMedian = (xs) => median(xs.slice(1));

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
  return Promise.resolve()
    .then(main)
    .catch((e) => {
      if (e instanceof UsageError) {
        log(e.message);
        process.exitCode = 2;
        return;
      }
      log(`benchmark failed: ${e.stack ?? e}`);
      process.exitCode = 1;
    })
    .finally(stop);
}
