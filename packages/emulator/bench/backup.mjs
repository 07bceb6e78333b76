// AWS Backup's benchmark (bench/run.mjs --service backup): ListCopyJobs (10,000 copy jobs, 100 a page) and
// StartCopyJob + DescribeCopyJob under wrk (1 thread) at each concurrency, each beside the do-nothing Node server (the
// floor) answering with a real reply of the same operation, pre-serialised, the two taking turns in slices (harness.mjs
// `sideBySide`); then the in-process page cost of ListCopyJobs at 1,000, 10,000 and 100,000 jobs; and the targets met
// or not (harness.mjs).
// Options: [--duration 8] [--warmup 2] [--slices 4] [--settle 1] [--connections 8,32] [--rounds 3] [--json <file>]
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createSchemaValidator,
  describeErrors,
  loadServiceDocument,
  relaxForReplies,
} from "@cloudhsm-kit/spec/validation";
import { listCopyJobsPageCosts } from "./backup-page-cost.mjs";
import {
  authorization,
  DescribeCopyJob,
  describePath,
  ListCopyJobs,
  listPath,
  PAGE,
  StartCopyJob,
  startBody,
} from "./backup-requests.mjs";
import { backupState, copyJobId } from "./backup-state.mjs";
import {
  acrossRounds,
  log,
  machineLine,
  measurement,
  measurementLine,
  printRuns,
  printTargets,
  reportVoid,
  requireWrk,
  sideBySide,
  startEmulatorProcess,
  stopChild,
  target,
  throughputTargets,
  work,
  writeFigures,
} from "./harness.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const JOBS = 10_000;
/**
 * Recovery points, each of its own resource, more than a run makes copies: a run's StartCopyJobs each copy another
 * resource, so none waits behind another job of its resource (B15) and every one runs its course on the clock.
 */
const POINTS = 30_000;

const schemas = createSchemaValidator(relaxForReplies(loadServiceDocument("backup").components.schemas, "backup"));

/**
 * One request; its reply must be a 200 that the Backup document's output schema of `op` accepts, within a minute (a
 * server that hangs ends the benchmark rather than stalling it). Returns the text.
 */
async function call(url, op, path, body) {
  const r = await fetch(`${url}${path}`, {
    method: op.http.method,
    headers: {
      Authorization: authorization("host;x-amz-date"),
      "X-Amz-Date": "20261122T000000Z",
      ...(body ? { "Content-Type": "application/json" } : {}),
    },
    ...(body ? { body } : {}),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await r.text();
  const validate = schemas.named(op.output);
  if (r.status !== 200 || !validate(JSON.parse(text))) {
    throw new Error(
      `${op.name} ${path} → ${r.status} ${describeErrors(validate.errors).join(", ")} ${text.slice(0, 300)}`,
    );
  }
  return text;
}

/**
 * The wrk scenarios, in the order they run on one server. `prepare(url)` makes a scenario's plan (`lines`,
 * "METHOD<TAB>PATH<TAB>BODY"), the script's further arguments (`args`), and the floor's `replies` by method: the
 * server's own, pre-serialised, checked against the Backup document.
 */
const SCENARIOS = [
  {
    id: "ListCopyJobs",
    what: `ListCopyJobs, ${JOBS.toLocaleString("en")} jobs, ${PAGE}/page`,
    async prepare(url) {
      const paths = [listPath()];
      const first = await call(url, ListCopyJobs, paths[0]);
      let page = JSON.parse(first);
      let total = page.CopyJobs.length;
      while (page.NextToken) {
        paths.push(listPath(page.NextToken));
        page = JSON.parse(await call(url, ListCopyJobs, paths[paths.length - 1]));
        total += page.CopyJobs.length;
      }
      if (total !== JOBS) {
        throw new Error(`expected ${JOBS} copy jobs, listed ${total}`);
      }
      return {
        lines: paths.map((p) => `GET\t${p}\t`),
        args: [authorization("host;x-amz-date")],
        replies: { GET: first },
      };
    },
  },
  {
    // Each DescribeCopyJob asks for the job of the last StartCopyJob reply (wrk-plan.lua's capture); each
    // StartCopyJob copies the next recovery point, so no job waits for another of its resource (B15).
    id: "StartCopyJob+DescribeCopyJob",
    what: "StartCopyJob + DescribeCopyJob",
    async prepare(url) {
      const started = await call(url, StartCopyJob, StartCopyJob.http.uri, startBody(POINTS - 1));
      const described = await call(url, DescribeCopyJob, describePath(JSON.parse(started).CopyJobId));
      const lines = Array.from({ length: POINTS - 1 }, (_, p) => [
        `${StartCopyJob.http.method}\t${StartCopyJob.http.uri}\t${startBody(p)}\tContent-Type: application/json`,
        `${DescribeCopyJob.http.method}\t${DescribeCopyJob.http.uri.replace("{copyJobId}", "{captured}")}\t`,
      ]).flat();
      return {
        lines,
        args: [authorization("content-type;host;x-amz-date"), "CopyJobId", copyJobId(0)],
        // The StartCopyJob reply carries a CopyJobId for the script to capture, as the emulator's do.
        replies: { [StartCopyJob.http.method]: started, [DescribeCopyJob.http.method]: described },
      };
    },
  },
];

/** Runs AWS Backup's benchmark with the command line's options (harness.mjs `options`); returns its figures. */
export async function benchBackup({ opt }) {
  const m = measurement(opt);
  requireWrk();
  log(`cloudhsm-kit emulator benchmark, AWS Backup — ${new Date().toISOString()}`);
  log(machineLine());
  log(measurementLine(m));
  log("");

  const { createEmulator } = await import(join(here, "../dist/index.js"));
  const base = createEmulator({ log: () => undefined }).exportState();
  const seedFile = join(work, `backup-${JOBS}.json`);
  writeFileSync(seedFile, JSON.stringify(backupState(base, { jobs: JOBS, points: POINTS, now: Date.now() / 1000 })));

  const results = await acrossRounds(m, async () => {
    const round = [];
    for (const connections of m.concurrencies) {
      // A fresh server per concurrency and round, seeded alike; the scenarios run on it in turn, each beside its own
      // floor.
      const emu = await startEmulatorProcess(["--seed", seedFile]);
      for (const s of SCENARIOS) {
        const { lines, args, replies } = await s.prepare(emu.url);
        round.push(
          await sideBySide({
            scenario: s.id,
            what: s.what,
            connections,
            m,
            floor: { contentType: "application/json", replies, lines, args },
            servers: { emulator: { url: emu.url, lines, args } },
          }),
        );
      }
      stopChild(emu.child);
    }
    return round;
  });
  printRuns(results, { floor: "do-nothing Node server (floor)", emulator: "emulator" });
  reportVoid(results);

  log("");
  log("ListCopyJobs page cost (100 a page, random pages, in-process emulator.fetch; median of interleaved passes)");
  const pageCost = await listCopyJobsPageCosts([1_000, 10_000, 100_000], base);
  for (const { n, us } of pageCost.sizes) {
    log(`  ${n.toLocaleString("en").padStart(7)} jobs: ${us.toFixed(0).padStart(7)} µs/page`);
  }
  log(`  100,000 / 1,000: ×${pageCost.ratio.toFixed(2)}`);

  const targets = [
    ...throughputTargets(results),
    target(
      "ListCopyJobs page cost, 100,000 jobs over 1,000: within ×1.2",
      `×${pageCost.ratio.toFixed(2)}`,
      pageCost.ratio <= 1.2,
    ),
  ];
  log("");
  printTargets(targets);
  const figures = { service: "backup", wrk: m, results, pageCost, targets };
  writeFigures(opt, figures);
  return figures;
}
