import type { ServiceDefinition } from "../service.js";
import type { Clock } from "../time/clock.js";
import type { ScheduledEvent, Scheduler } from "../time/scheduler.js";
import { type KeepRecords, keepRecordsOf } from "./handed-over.js";
import { createCoreStateCheck } from "./state-check.js";
import { type CoreState, STATE_FORMAT, STATE_VERSION } from "./state-document.js";

/**
 * The whole state as one document: the core's members (clock, pending transitions) and every service's section.
 * Export, all-or-nothing import, and reset to a new emulator's state.
 */
export function createEmulatorState<Doc extends CoreState>(
  clock: Clock,
  scheduler: Scheduler,
  services: readonly ServiceDefinition[],
) {
  let checkCore: ((doc: unknown) => string | undefined) | undefined;

  /** The document; `detached` copies the records so that the caller may keep or change it. */
  const snapshot = (detached: boolean): Doc => {
    const doc = {
      format: STATE_FORMAT,
      version: STATE_VERSION,
      now: clock.now(),
      clockOffsetMs: clock.offsetMs(),
      ...Object.assign({}, ...services.map((s) => s.state.export())),
      events: scheduler.snapshot(),
    } as Doc;
    return detached ? structuredClone(doc) : doc;
  };

  /** Replaces the whole state with a checked document. */
  const load = (d: Doc, keep: KeepRecords) => {
    for (const s of services) {
      s.state.load(d as unknown as Record<string, unknown>, keep);
    }
    scheduler.load(d.events as ScheduledEvent[]);
    clock.setOffsetMs(d.clockOffsetMs);
  };

  return {
    snapshot,
    /**
     * All or nothing: the whole document is checked before anything is touched, and should loading still fail, the
     * previous state is put back. The restore point needs no copy: loading replaces the stores' namespaces, the
     * event queue, settings and faults instead of changing the objects the snapshot holds, and it puts back the
     * snapshot's records themselves. The document's records are copied unless it was handed over (./handed-over.ts).
     */
    importState(doc: unknown): void {
      checkCore ??= createCoreStateCheck(services.flatMap((s) => s.events.kinds));
      for (const check of [checkCore, ...services.map((s) => s.state.check)]) {
        const problem = check(doc);
        if (problem) {
          throw new Error(problem);
        }
      }
      const previous = snapshot(false);
      try {
        load(doc as Doc, keepRecordsOf(doc));
      } catch (e) {
        load(previous, "records");
        throw e;
      }
    },
    reset(): void {
      for (const s of services) {
        s.state.reset();
      }
      scheduler.load([]);
      clock.setOffsetMs(0);
    },
  };
}
