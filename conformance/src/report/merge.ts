import { registered } from "../registry/registration.js";
import { summarise } from "../runner/classify.js";
import type { CheckResult, RunResult } from "../runner/types.js";

export class MergeError extends Error {
  override name = "MergeError";
}

/** A SCHEMA check judges the replies of the whole run: with every shard's violations, it may fail where it passed. */
function rejudge(result: CheckResult, violations: RunResult["violations"] = []): CheckResult {
  const check = registered().checks.find((c) => c.id === result.id);
  if (!check?.judgeRun || result.outcome !== "passed") {
    return result;
  }
  const failure = check.judgeRun(violations);
  if (!failure) {
    return result;
  }
  const known = result.status === "stale";
  return {
    ...result,
    outcome: "failed",
    status: known ? "known" : "fail",
    reason: known ? `known divergence: ${failure}` : failure,
    failsRun: !known && result.level !== "advisory",
  };
}

/**
 * Combines the results of the shards of one run (`--shard 1/n` … `n/n`) into the run a single process would have
 * reported: every shard exactly once, each check once, in registry order, the SCHEMA checks judged on the replies of
 * all shards. Refuses shards of different runs, a missing or repeated shard, and a check reported twice.
 */
export function mergeShards(runs: readonly RunResult[]): RunResult {
  const first = runs[0];
  if (!first) {
    throw new MergeError("nothing to merge: give the results.json of every shard");
  }
  const count = first.shard?.count;
  const seen = new Set<number>();
  for (const run of runs) {
    if (!run.shard) {
      throw new MergeError(`run ${run.runId} is not a shard (it was not run with --shard i/n)`);
    }
    if (run.shard.count !== count) {
      throw new MergeError(`shard ${run.shard.index}/${run.shard.count} is from a run in ${count} shards`);
    }
    if (seen.has(run.shard.index)) {
      throw new MergeError(`shard ${run.shard.index}/${count} is given twice`);
    }
    if (run.target.name !== first.target.name) {
      throw new MergeError(`the shards name different targets: ${first.target.name} and ${run.target.name}`);
    }
    seen.add(run.shard.index);
  }
  const missing = Array.from({ length: count ?? 0 }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) {
    throw new MergeError(`shard ${missing.map((i) => `${i}/${count}`).join(", ")} is missing`);
  }
  const ids = new Set<string>();
  for (const r of runs.flatMap((run) => run.results)) {
    if (ids.has(r.id)) {
      throw new MergeError(`check ${r.id} is reported by more than one shard`);
    }
    ids.add(r.id);
  }
  const violations = runs.flatMap((run) => run.violations ?? []);
  const order = new Map(registered().checks.map((c, i) => [c.id, i]));
  const results = runs
    .flatMap((run) => run.results)
    .map((r) => rejudge(r, violations))
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const times = runs.flatMap((run) => [run.startedAt, run.finishedAt]).sort();
  return {
    runId: [...new Set(runs.map((run) => run.runId))].join("+"),
    target: first.target,
    startedAt: times[0] ?? first.startedAt,
    finishedAt: times.at(-1) ?? first.finishedAt,
    results,
    summary: summarise(results),
    cleanupFailures: runs.flatMap((run) => run.cleanupFailures),
    violations,
  };
}
