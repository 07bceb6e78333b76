import type { OperationName } from "@cloudhsm-kit/spec";

/**
 * The format of one recording file (README.md in `conformance/recordings/` describes it for people). A recording
 * is one call: what was sent (when the source shows it) and what came back, normalised (normalise.ts), with what
 * the comparison of another target's reply may ignore and what order it must keep.
 */

/** Where a recording comes from. */
export const SOURCE_KINDS = [
  /** An example output printed in the AWS CloudHSM User Guide (a real call, often edited for the page). */
  "user-guide-example",
  /** A reply captured from AWS by a third party and published (e.g. a test suite's recorded replies). */
  "public-recording",
  /** A reply this project recorded with `createRecorder` (the CLI's `--record DIR`). */
  "conformance-run",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface RecordingSource {
  kind: SourceKind;
  /** Where the recorded text can be read, pinned to a commit where the source has one. */
  url: string;
  /** What the source is, in a sentence. */
  what: string;
  /** The licence the source is published under (SPDX id where there is one); the recording file is under it too. */
  licence: string;
  /** Whom the licence asks to credit. */
  attribution: string;
}

/** A list whose items must keep an order: by a timestamp member, ascending or descending. */
export interface OrderRule {
  /** Path of the list in the reply body (`Backups`, `Clusters[].Hsms`). */
  list: string;
  /** The timestamp member of each item the order follows. */
  by: string;
  direction: "ascending" | "descending";
  /** Why the order is meaningful (what request it follows from, where AWS shows it). */
  basis: string;
}

export interface RecordedRequest {
  /** The region the call was sent to, normalised. */
  region?: string;
  /** The request body, normalised. */
  input?: Record<string, unknown>;
}

export interface RecordedReply {
  /** The HTTP status, or null when the source does not show it. */
  status: number | null;
  /** The reply headers of RECORDED_HEADERS the source shows (lower-case names), normalised. */
  headers?: Record<string, string>;
  /** The reply body, normalised. */
  body: Record<string, unknown>;
}

export interface Recording {
  /** Stable id, dot-separated kebab-case words; the file is `<id>.json`. */
  id: string;
  operation: OperationName;
  /** When the real call was made, as far as the source shows: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `from/to`. */
  recordedOn: string;
  /** How `recordedOn` follows from the source. */
  recordedOnBasis: string;
  source: RecordingSource;
  /** What was sent, or null when the source does not show it. */
  request: RecordedRequest | null;
  reply: RecordedReply;
  /** The source prints only some members: members a reply has beyond the recording's are not differences. */
  abridged: boolean;
  /** Body paths (`Backups[].DeleteTimestamp`) that may be present or absent, each with the reason. */
  optional: Record<string, string>;
  /** Body paths whose value (enum value, boolean, list length) depends on the call's context, with the reason. */
  contextual: Record<string, string>;
  order: OrderRule[];
  /** Ids of the conformance checks that rest on this recording. */
  checks: string[];
  notes: string[];
}

/** A recording as loaded, with the file it came from. */
export interface LoadedRecording extends Recording {
  file: string;
}

/** The members a recording file may have; `abridged`, `optional`, `contextual`, `order` and `notes` may be left out. */
export const RECORDING_MEMBERS = [
  "id",
  "operation",
  "recordedOn",
  "recordedOnBasis",
  "source",
  "request",
  "reply",
  "abridged",
  "optional",
  "contextual",
  "order",
  "checks",
  "notes",
] as const;
