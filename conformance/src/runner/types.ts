import type { Exchange } from "../harness/exchanges.js";
import type { SchemaViolation } from "../harness/observe.js";
import type { CheckDefinition, Citation, Level } from "../registry/types.js";

/** One of `count` deterministic parts of a selection (1-based `index`); see `merge`. */
export interface Shard {
  index: number;
  count: number;
}

/** What running a check produced, before expectations are applied. */
export type Outcome = "passed" | "failed" | "skipped" | "blocked";

/**
 * A check's result in the report.
 * - `pass` / `fail` / `skip`: as run;
 * - `known`: failed, and the target's expectations declare it (a known divergence, with its reason);
 * - `stale`: the expectations say it fails, but it passed — the entry should be removed;
 * - `blocked`: not run to the end, because a fixture it needs could not be made (the reason carries the evidence).
 */
export type ResultStatus = "pass" | "fail" | "skip" | "known" | "stale" | "blocked";

export interface Expectation {
  status: "fails" | "skip";
  reason: string;
}
export type Expectations = Record<string, Expectation>;

export interface CheckResult {
  id: string;
  /** The service the check is about (e.g. `cloudhsmv2`). */
  service: string;
  group: string;
  level: Level;
  title: string;
  citations: readonly Citation[];
  /** The golden recordings of real replies the check rests on (ids under recordings/). */
  recordings?: string[];
  outcome: Outcome;
  status: ResultStatus;
  /** Why it failed or was skipped (or the expectation's reason for `known`/`stale`). */
  reason?: string;
  notes: string[];
  /**
   * The last HTTP exchanges the check made (request, reply), for a result that is not a pass; absent for a pass, for
   * a check that made none, and in results.json files written before the suite kept them.
   */
  exchanges?: Exchange[];
  durationMs: number;
  /** True when this result makes the run fail (a required or legacy check failing, not declared). */
  failsRun: boolean;
}

export interface ExecutedCheck {
  outcome: Outcome;
  reason?: string;
  notes: string[];
  /** The check's last exchanges, when it did not pass. */
  exchanges?: Exchange[];
  durationMs: number;
}

export interface RunSummary {
  total: number;
  byStatus: Record<ResultStatus, number>;
  /** Failing advisory checks (differences from observed AWS behaviour; never fail the run). */
  advisoryDifferences: number;
  failsRun: number;
}

export interface RunResult {
  runId: string;
  target: {
    name: string | undefined;
    endpoint: string | undefined;
    regions: Record<string, string | undefined>;
    control: { name: string; version: string } | undefined;
  };
  startedAt: string;
  finishedAt: string;
  results: CheckResult[];
  summary: RunSummary;
  cleanupFailures: { what: string; error: string }[];
  /** Every reply of the run that did not match the spec (what the SCHEMA checks judged; `merge` re-judges them). */
  violations?: SchemaViolation[];
  /** Set when the run was one shard of a selection (`--shard i/n`). */
  shard?: Shard;
  /**
   * The command's wall time in milliseconds, from the process starting until every check had its result (set by the
   * CLI; a merged report has none, its shards having run side by side).
   */
  wallTimeMs?: number;
}

export type CheckMeta = Pick<CheckDefinition, "id" | "service" | "group" | "level" | "title" | "citations">;
