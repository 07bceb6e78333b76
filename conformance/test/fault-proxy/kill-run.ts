import { startEmulator } from "@cloudhsm-kit/emulator";
import { type CheckDefinition, type CheckResult, type GroupId, type Level, runConformance } from "../../src/index.js";
import type { Fault } from "./fault.js";
import { seedNeighbourCluster } from "./neighbour.js";
import { startFaultProxy } from "./proxy-server.js";

/** What running the conformance checks through one fault showed. */
export interface KillRun {
  fault: string | undefined;
  level: Level | undefined;
  /** The checks that caught the fault: required or legacy ones that failed (any that failed, for an advisory fault). */
  caughtBy: CheckResult[];
  /** How many times the fault changed the traffic (0 means it never fired). */
  changes: number;
  checksRun: number;
  durationMs: number;
}

/**
 * The emulator reaches every state within a poll or two (the suite advances its clock), so a short deadline only
 * shortens the runs where a fault keeps a state from ever coming; the transparent run uses it too, so a deadline
 * too short for the emulator would show there as a false alarm.
 */
const KILL_TIMING = { pollIntervalMs: 50, transitionTimeoutMs: 3_000 };

/**
 * Starts a fresh reference emulator (legacy ClusterId option on unless the fault says otherwise) holding another
 * cluster with a READY backup, and a fault proxy in front of it; runs the required and legacy checks of `groups`
 * (advisory ones too for an advisory fault) against the proxy, and closes both.
 */
export async function runThroughFault(fault: Fault | undefined, groups: readonly GroupId[]): Promise<KillRun> {
  // An advisory fault breaks undocumented behaviour: only the advisory checks can be expected to see it.
  const advisory = fault?.level === "advisory";
  const started = Date.now();
  const legacyClusterIdCopy = fault?.legacyClusterIdCopy ?? true;
  const emulator = await startEmulator({ host: "127.0.0.1", port: 0, legacyClusterIdCopy, log: () => {} });
  try {
    await seedNeighbourCluster(emulator);
    const proxy = await startFaultProxy({ upstream: emulator.url, ...(fault ? { fault } : {}) });
    try {
      const run = await runConformance({
        targetName: "reference",
        endpoint: proxy.url,
        levels: advisory ? ["required", "legacy", "advisory"] : ["required", "legacy"],
        groups: [...groups],
        timing: KILL_TIMING,
      });
      return {
        fault: fault?.name,
        level: fault?.level,
        caughtBy: run.results.filter((r) => r.outcome === "failed" && (advisory || r.level !== "advisory")),
        changes: proxy.log.changes.length,
        checksRun: run.results.filter((r) => r.outcome !== "skipped").length,
        durationMs: Date.now() - started,
      };
    } finally {
      await proxy.close();
    }
  } finally {
    await emulator.close();
  }
}

/**
 * The kill-rate report: one line per fault with the checks that caught it, then the kill rate of the required and
 * legacy faults and, apart, how many advisory faults the advisory checks caught; last, the required and legacy
 * `checks` that no fault made fail (checks whose breaking the proxy does not yet exercise).
 */
export function killReport(runs: readonly KillRun[], checks: readonly CheckDefinition[] = []): string {
  const lines = runs.map((run) => {
    const caught = run.caughtBy.map((r) => r.id);
    const verdict = caught.length > 0 ? "killed  " : "SURVIVED";
    const shown = caught.slice(0, 6).join(", ") + (caught.length > 6 ? ` (+${caught.length - 6})` : "");
    const by = caught.length > 0 ? ` by ${shown}` : "";
    return `${verdict} [${run.level}] ${run.fault} (${run.changes} changes, ${run.checksRun} checks, ${run.durationMs} ms)${by}`;
  });
  const rate = (list: readonly KillRun[]) => `${list.filter((r) => r.caughtBy.length > 0).length} of ${list.length}`;
  const documented = runs.filter((r) => r.level !== "advisory");
  const advisory = runs.filter((r) => r.level === "advisory");
  const broken = new Set(runs.flatMap((r) => r.caughtBy.map((c) => c.id)));
  const unbroken = checks.filter((c) => c.level !== "advisory" && !broken.has(c.id)).map((c) => c.id);
  return [
    ...lines,
    `killed ${rate(documented)} faults (required and legacy behaviour; caught by required or legacy checks)`,
    `advisory faults caught by advisory checks: ${rate(advisory)}`,
    `required and legacy checks that no fault made fail: ${unbroken.length === 0 ? "none" : unbroken.join(", ")}`,
  ].join("\n");
}
