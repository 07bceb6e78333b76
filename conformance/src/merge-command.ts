import { readFileSync } from "node:fs";
import type { CliArgs } from "./config/args.js";
import { ConfigError } from "./config/validate.js";
import { MergeError, mergeShards } from "./report/merge.js";
import { TerminalProgress } from "./report/terminal.js";
import { writeReports } from "./report/write.js";
import type { RunResult } from "./runner/types.js";

/** Reads one shard's results.json; a file that cannot be read or is not a run's results is a usage error. */
function readRun(path: string): RunResult {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`merge: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  let run: Partial<RunResult>;
  try {
    run = JSON.parse(text) as Partial<RunResult>;
  } catch (error) {
    throw new ConfigError(`merge: ${path} is not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(run.results) || typeof run.runId !== "string" || !run.target) {
    throw new ConfigError(`merge: ${path} is not a results.json written by cloudhsm-conformance`);
  }
  return run as RunResult;
}

/**
 * `cloudhsm-conformance merge SHARD.json… [--report-dir DIR]`: the shards' results.json combined into one set of
 * reports, with the verdicts a single run would have given. Exit status as for a run.
 */
export function mergeCommand(args: CliArgs, reportDir: string, out: (text: string) => void): number {
  if (args.files.length === 0) {
    throw new ConfigError("merge needs the results.json of every shard: cloudhsm-conformance merge a.json b.json …");
  }
  let merged: RunResult;
  try {
    merged = mergeShards(args.files.map(readRun));
  } catch (error) {
    throw error instanceof MergeError ? new ConfigError(`merge: ${error.message}`) : error;
  }
  const progress = new TerminalProgress(out, false);
  progress.summary(merged, writeReports(merged, reportDir));
  return merged.summary.failsRun === 0 ? 0 : 1;
}
