import type { CheckContext } from "../harness/context.js";

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
 * What a check needs from the target. A check whose needs the target cannot meet is skipped with the reason.
 * - `control`: the emulator control protocol (GET /_emulator/v1/info answers).
 * - `second-region`: a second standard-partition region.
 * - `govcloud-regions`: both AWS GovCloud (US) regions.
 * - `china-region`: a region of the aws-cn partition.
 * - `ready-backup`: a READY backup in the primary region (built through the control protocol, or named in the config).
 * - `legacy-cluster-id`: the target implements the 2018–2023 ClusterId option of CopyBackupToRegion.
 * - `billable`: creates resources that cost money on AWS (needs --allow-billable there).
 * - `second-account`: a second set of credentials (another account) for sharing checks.
 */
export type Capability =
  | "control"
  | "second-region"
  | "govcloud-regions"
  | "china-region"
  | "ready-backup"
  | "legacy-cluster-id"
  | "billable"
  | "second-account";

export const CAPABILITIES: readonly Capability[] = [
  "control",
  "second-region",
  "govcloud-regions",
  "china-region",
  "ready-backup",
  "legacy-cluster-id",
  "billable",
  "second-account",
];

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

export interface CheckDefinition {
  /** Stable id, `<GROUP>-<TOPIC>-<NNN>`; never renamed (expectations and reports key on it). */
  id: string;
  group: GroupId;
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
  run: (t: CheckContext) => Promise<void>;
}

export type GroupId =
  | "id-precedence"
  | "status-transitions"
  | "partitions"
  | "tags"
  | "copy-results"
  | "delete-restore"
  | "retention"
  | "describe-backups"
  | "create-cluster"
  | "cluster-lifecycle"
  | "sharing"
  | "validation"
  | "wire"
  | "schema";

export interface GroupInfo {
  id: GroupId;
  /** Prefix of the check ids in the group. */
  prefix: string;
  title: string;
}
