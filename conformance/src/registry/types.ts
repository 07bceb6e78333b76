import type { CheckContext } from "../harness/context.js";
import type { SchemaViolation } from "../harness/observe.js";
import type { Target } from "../harness/target.js";
import type { Capability } from "./capability.js";

export type { Capability } from "./capability.js";

/**
 * How much weight a check carries.
 * - `required`: the current API model, API reference or user guide states it; a failure fails the run.
 * - `legacy`: the user guide stated it from 2018 to 2023 (the ClusterId option of CopyBackupToRegion); it fails
 *   the run only against a target that declares the legacy option.
 * - `advisory`: observation or inference — what no document states (see `undocumented`); reported, never failing.
 */
export type Level = "required" | "legacy" | "advisory";
export const LEVELS: readonly Level[] = ["required", "legacy", "advisory"];

/**
 * A document a check rests on: a public URL and a passage quoted word for word from it. A stored copy of every cited
 * URL is kept in `conformance/sources/`, and a test finds each quote in it.
 */
export interface Citation {
  url: string;
  /** A passage quoted word for word from `url` (one contiguous passage; see conformance/sources/README.md). */
  quote: string;
  /**
   * What `url` is, which decides the level a check resting on it can have:
   * - `current`: a current AWS document (the API model, the API reference, the user guide and its example output,
   *   AWS's Smithy protocol specification) — a check it states can be `required`;
   * - `earlier`: only an earlier version of an AWS document (archived user guide commits, old release notes) —
   *   `legacy` at most;
   * - `observed`: recorded replies, other services' behaviour, client code, third-party material — `advisory`.
   */
  kind: "current" | "earlier" | "observed";
  /** What the quoted passage shows when it cannot say so itself (an observation in a recording). */
  note?: string;
}

/**
 * Whether a check has been seen to pass against AWS itself (LocalStack's validation markers): `aws` with the date
 * of that run; `unvalidated` until then; `emulator-only` for checks that need the control protocol and so can never
 * run against AWS. Every check has exactly one.
 */
export type Validation = { status: "aws"; on: string } | { status: "unvalidated" } | { status: "emulator-only" };

/**
 * One check, as the registry holds it. `C` is the context its service gives its checks (the core CheckContext plus
 * the service's fixtures); the check makes it with `context` and runs with it.
 */
export interface CheckDefinition<C extends CheckContext = CheckContext> {
  /** Stable id, `<GROUP>-<TOPIC>-<NNN>`; never renamed (expectations and reports key on it). */
  id: string;
  /** The service the check is about (its folder under src/services/). */
  service: string;
  group: string;
  level: Level;
  /** A present-tense sentence: what the target does. */
  title: string;
  /** What the check asserts, in one or two sentences (for the catalogue). */
  asserts: string;
  citations: readonly Citation[];
  /**
   * For an advisory check whose first citation is an AWS document: what that document leaves open (the error name,
   * what happens in a case it does not mention), so that the check is advisory by the level rule.
   */
  undocumented?: string;
  needs: readonly Capability[];
  validated: Validation;
  /**
   * For a check that judges the replies of the whole run (the SCHEMA checks): its verdict on the run's reply
   * violations (undefined: they pass), so that `merge` judges it again on the replies of every shard.
   */
  judgeRun?(violations: readonly SchemaViolation[]): string | undefined;
  /** Makes the context the check runs with (its service's, on the run's target). */
  context(target: Target, checkId: string): C;
  run(t: C): Promise<void>;
}

/** A behaviour group of one service: the checks are reported and run group by group, in the service's order. */
export interface GroupInfo {
  service: string;
  id: string;
  /** Prefix of the check ids in the group. */
  prefix: string;
  title: string;
}
