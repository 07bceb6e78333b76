import { shippedRecordingsOf } from "../recordings/load.js";
import type { CheckMeta, CheckResult, ExecutedCheck, Expectation, ResultStatus, RunSummary } from "./types.js";

function recordingsOf(id: string): { recordings?: string[] } {
  const ids = shippedRecordingsOf(id);
  return ids.length > 0 ? { recordings: ids } : {};
}

/** Applies the target's expectation (if any) to what a check did, and decides whether it fails the run. */
export function classify(check: CheckMeta, executed: ExecutedCheck, expectation: Expectation | undefined): CheckResult {
  let status: ResultStatus;
  let reason = executed.reason;
  if (executed.outcome === "skipped") {
    status = "skip";
  } else if (executed.outcome === "blocked") {
    status = "blocked";
  } else if (executed.outcome === "passed") {
    status = expectation?.status === "fails" ? "stale" : "pass";
    if (status === "stale") {
      reason = `declared to fail (${expectation?.reason}), but it passed: remove the expectation`;
    }
  } else {
    status = expectation?.status === "fails" ? "known" : "fail";
    if (status === "known") {
      reason = `known divergence: ${expectation?.reason} (${executed.reason ?? "failed"})`;
    }
  }
  return {
    id: check.id,
    service: check.service,
    group: check.group,
    level: check.level,
    title: check.title,
    citations: check.citations,
    ...recordingsOf(check.id),
    outcome: executed.outcome,
    status,
    ...(reason === undefined ? {} : { reason }),
    notes: executed.notes,
    ...(executed.exchanges && status !== "pass" ? { exchanges: executed.exchanges } : {}),
    durationMs: executed.durationMs,
    failsRun: status === "fail" && check.level !== "advisory",
  };
}

/** The result of a check that the expectations say to skip: it is not run at all. */
export function skippedByExpectation(check: CheckMeta, expectation: Expectation): CheckResult {
  return classify(
    check,
    { outcome: "skipped", reason: `expectations: ${expectation.reason}`, notes: [], durationMs: 0 },
    undefined,
  );
}

export function summarise(results: readonly CheckResult[]): RunSummary {
  const byStatus: Record<ResultStatus, number> = { pass: 0, fail: 0, skip: 0, known: 0, stale: 0, blocked: 0 };
  for (const r of results) {
    byStatus[r.status]++;
  }
  return {
    total: results.length,
    byStatus,
    advisoryDifferences: results.filter((r) => r.level === "advisory" && r.status === "fail").length,
    failsRun: results.filter((r) => r.failsRun).length,
  };
}
