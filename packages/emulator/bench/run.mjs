#!/usr/bin/env node
// Benchmark of the emulator (not a test), one service per run: the emulator under wrk beside a do-nothing Node server
// (the floor) in the same run, then in-process page cost, then the targets met or not. Exit code 1 only when a run is
// void (a non-2xx reply) or the benchmark fails. Usage (after `npm run build`):
//   node bench/run.mjs [--service cloudhsmv2] [--duration 8] [--warmup 2] [--slices 4] [--settle 1] [--connections 8,32]
//                      [--rounds 3] [--no-moto] [--json <file>]
//   node bench/run.mjs --service backup [the same, without --no-moto]
import { benchBackup } from "./backup.mjs";
import { benchCloudHsm } from "./cloudhsm.mjs";
import { MEASUREMENT_OPTIONS, options, runMain, UsageError } from "./harness.mjs";

const BENCHES = { cloudhsmv2: benchCloudHsm, backup: benchBackup };
const KNOWN = { values: ["service", ...MEASUREMENT_OPTIONS, "json"], flags: ["no-moto"] };

runMain(() => {
  const opts = options(process.argv.slice(2), KNOWN);
  const service = opts.opt("service", "cloudhsmv2");
  const bench = BENCHES[service];
  if (bench === undefined) {
    throw new UsageError(`unknown --service ${service}: one of ${Object.keys(BENCHES).join(", ")}`);
  }
  return bench(opts);
});
