import type { ScheduledEvent } from "../time/scheduler.js";
import type { KeepRecords } from "./handed-over.js";

/**
 * The export document of the whole emulator state (control API `GET/PUT /_emulator/v1/state`, and the
 * `--state-file` contents). The core's members are the clock and the pending transitions; each service adds its own
 * members (`StateSection`). CloudHSM v2's (settings, copy faults, namespaces) sit at the top level, as control
 * protocol v1 fixed them; a further service's would go under a member named by its id.
 */
export const STATE_FORMAT = "cloudhsm-kit-emulator-state";
export const STATE_VERSION = 1;

export interface CoreState {
  format: typeof STATE_FORMAT;
  version: typeof STATE_VERSION;
  now: number;
  clockOffsetMs: number;
  events: ScheduledEvent[];
}

/** A service's part of the state document. */
export interface StateSection {
  /** The service's members as they are now (live records: the caller copies what it keeps). */
  export(): Record<string, unknown>;
  /** Why a whole document cannot be loaded, or undefined when it can: the service's members, and the events of its
   * kinds. Runs before anything is touched. */
  check(doc: unknown): string | undefined;
  /** Replaces the service's state with a checked document's (the core loads the clock and the event queue), keeping
   * copies of its records or, for a document handed over, the records themselves (./handed-over.ts). */
  load(doc: Record<string, unknown>, keep: KeepRecords): void;
  /** Back to the state of a new emulator (settings as the options gave them). */
  reset(): void;
}
