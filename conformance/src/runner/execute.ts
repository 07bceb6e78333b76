import { CheckSkipped, FixtureBlocked } from "../harness/failure.js";
import { describeViolations } from "../harness/observe.js";
import { describeError } from "../harness/service-error.js";
import type { Target } from "../harness/target.js";
import type { CheckDefinition } from "../registry/types.js";
import type { ExecutedCheck } from "./types.js";

const CLEANUP_GRACE_MS = 30_000;

/** Waits until `promise` settles (either way) or `ms` pass, whichever comes first. */
async function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    promise.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}

/**
 * Runs one check against a prepared target: skips it when the target lacks a capability it needs, runs it with a
 * fresh context, runs its cleanups (always, in reverse order), and notes any reply it received that did not match
 * the spec (the SCHEMA checks fail on those; the check itself fails only on its own assertions).
 */
export async function executeCheck(check: CheckDefinition, target: Target): Promise<ExecutedCheck> {
  const started = Date.now();
  const missing = check.needs.filter((need) => !target.capabilities.has(need));
  if (missing.length > 0) {
    const reason = missing.map((need) => target.missing.get(need) ?? `needs ${need}`).join("; ");
    return { outcome: "skipped", reason, notes: [], durationMs: 0 };
  }
  const t = check.context(target, check.id);
  let outcome: ExecutedCheck["outcome"] = "passed";
  let reason: string | undefined;
  const limit = target.timing.transitionTimeoutMs * 4 + 60_000;
  let timer: NodeJS.Timeout | undefined;
  const running = check.run(t);
  let timedOut = false;
  try {
    await Promise.race([
      running,
      new Promise((_, reject) => {
        timer = setTimeout(() => {
          timedOut = true;
          reject(new Error(`the check did not finish within ${limit} ms`));
        }, limit);
      }),
    ]);
  } catch (error) {
    if (error instanceof CheckSkipped) {
      outcome = "skipped";
      reason = error.message;
    } else if (error instanceof FixtureBlocked) {
      outcome = "blocked";
      reason = error.message;
    } else {
      outcome = "failed";
      reason = describeError(error);
    }
  }
  clearTimeout(timer);
  if (timedOut) {
    // Give the check a moment to reach its next await point, so that what it is making now is registered
    // before the cleanups run; anything it registers later is cleaned up at once (Cleanups).
    await settleWithin(running, CLEANUP_GRACE_MS);
  }
  // What the check itself sent and received, before its cleanups add their own exchanges.
  const exchanges = t.exchanges.list();
  const failures = await t.cleanups.run();
  for (const f of failures) {
    t.note(`cleanup "${f.what}" failed: ${f.error}`);
  }
  if (t.violations.length > 0) {
    // Evidence only: a check fails on its own assertion; the SCHEMA checks report reply violations per operation.
    t.note(`replies that did not match the spec (reported by the SCHEMA checks): ${describeViolations(t.violations)}`);
  }
  // Evidence for what did not pass; a pass carries none, which keeps results.json small.
  const evidence = outcome !== "passed" && exchanges.length > 0 ? { exchanges } : {};
  return {
    outcome,
    ...(reason === undefined ? {} : { reason }),
    notes: t.notes,
    ...evidence,
    durationMs: Date.now() - started,
  };
}
