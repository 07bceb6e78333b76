import type { ControlInfo } from "@cloudhsm-kit/spec/control";
import { handOver } from "../state/handed-over.js";
import type { Clock } from "../time/clock.js";
import { ControlError, parseAdvance } from "./inputs.js";
import type { ControlMount } from "./route.js";

/** The control protocol's version this emulator serves (`GET /info`). */
export const CONTROL_VERSION = "0.1.0";

export interface CoreRouteDeps {
  clock: Clock;
  runDue(): boolean;
  reset(): void;
  exportState(): unknown;
  importState(doc: unknown): void;
  /** Every capability the emulator serves, in the order `GET /info` lists them. */
  capabilities(): string[];
}

/** What every emulator serves whatever its services: info, reset, the clock and the whole state. */
export function coreRoutes(d: CoreRouteDeps): ControlMount {
  return {
    prefix: "",
    capabilities: ["clock", "state"],
    routes: [
      {
        method: "GET",
        path: /^\/info$/,
        mutates: false,
        handle: () =>
          ({
            name: "cloudhsm-kit-emulator",
            version: CONTROL_VERSION,
            protocol: 1,
            capabilities: d.capabilities() as ControlInfo["capabilities"],
            now: d.clock.now(),
          }) satisfies ControlInfo,
      },
      {
        method: "POST",
        path: /^\/reset$/,
        mutates: true,
        handle: () => {
          d.reset();
          return {};
        },
      },
      { method: "GET", path: /^\/clock$/, mutates: false, handle: () => ({ now: d.clock.now() }) },
      {
        method: "POST",
        path: /^\/clock\/advance$/,
        mutates: true,
        handle: (body) => {
          d.clock.advance(parseAdvance(body));
          d.runDue();
          return { now: d.clock.now() };
        },
      },
      { method: "GET", path: /^\/state$/, mutates: false, handle: () => d.exportState() },
      {
        method: "PUT",
        path: /^\/state$/,
        mutates: true,
        handle: (body) => {
          try {
            // The body was parsed for this import alone: its records may be kept instead of copied.
            d.importState(handOver(body));
          } catch (e) {
            throw new ControlError(
              "InvalidInput",
              400,
              `The state document cannot be imported: ${(e as Error).message}`,
            );
          }
          return {};
        },
      },
    ],
  };
}
