import type { Target } from "../harness/target.js";
import type { CheckDefinition } from "../registry/types.js";
import { classify, skippedByExpectation, summarise } from "./classify.js";
import { executeCheck } from "./execute.js";
import type { RunOptions } from "./options.js";
import { prepareTarget } from "./prepare.js";
import { selectChecks } from "./select.js";
import type { CheckResult, RunResult } from "./types.js";

export interface RunHooks {
  onStart?: (checks: readonly CheckDefinition[], target: Target) => void;
  onCheckStart?: (check: CheckDefinition) => void;
  onResult?: (result: CheckResult, index: number, total: number) => void;
}

/** Runs one check on a prepared target and applies the expectations (shared by the vitest suite and `runConformance`). */
export async function runOne(check: CheckDefinition, target: Target, options: RunOptions): Promise<CheckResult> {
  const expectation = options.expectations?.[check.id];
  if (expectation?.status === "skip") {
    return skippedByExpectation(check, expectation);
  }
  return classify(check, await executeCheck(check, target), expectation);
}

/** Describes the target for the report. */
export function describeTarget(target: Target, options: RunOptions): RunResult["target"] {
  return {
    name: options.targetName,
    endpoint: target.endpoint,
    regions: { ...target.regions },
    control: target.controlInfo ? { name: target.controlInfo.name, version: target.controlInfo.version } : undefined,
  };
}

/**
 * Runs the selected checks against a target, one after another, and returns every result. This is the programmatic
 * entry point (the CLI runs the same checks as a vitest suite); it never throws for a failing check, only for a
 * target it cannot reach or an invalid option.
 */
export async function runConformance(options: RunOptions, hooks: RunHooks = {}): Promise<RunResult> {
  const startedAt = new Date().toISOString();
  const target = await prepareTarget(options);
  const checks = selectChecks(options);
  hooks.onStart?.(checks, target);
  const results: CheckResult[] = [];
  try {
    for (const [index, check] of checks.entries()) {
      hooks.onCheckStart?.(check);
      const result = await runOne(check, target, options);
      results.push(result);
      hooks.onResult?.(result, index, checks.length);
    }
  } finally {
    await target.runCleanups.run();
  }
  return {
    runId: target.runId,
    target: describeTarget(target, options),
    startedAt,
    finishedAt: new Date().toISOString(),
    results,
    summary: summarise(results),
    cleanupFailures: target.runCleanups.log,
    violations: target.violations,
    ...(options.shard ? { shard: options.shard } : {}),
  };
}
