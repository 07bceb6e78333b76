import { startEmulator } from "@cloudhsm-kit/emulator";
import { type CheckResult, type GroupId, type Level, type RunResult, runConformance } from "../../src/index.js";
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
  /**
   * Set when no check that can run on this kind of target can catch the fault (without the control protocol: every
   * check that catches it with full power needs the protocol): why, in a few words. Reported apart, not counted.
   */
  outOfScope?: string;
}

/**
 * The levels a run through `fault` selects: an advisory fault breaks undocumented behaviour, so advisory checks too;
 * a fault on the AWS Backup seed page's emulator, only the legacy checks that such a target declares.
 */
export function levelsFor(fault: Fault | undefined): Level[] {
  if (fault?.legacyBackupSeed) {
    return ["legacy"];
  }
  return fault?.level === "advisory" ? ["required", "legacy", "advisory"] : ["required", "legacy"];
}

/** The KillRun of a finished run: which checks caught `fault`, how often it fired, how long it all took. */
export function killRunOf(fault: Fault | undefined, run: RunResult, changes: number, started: number): KillRun {
  const advisory = fault?.level === "advisory";
  return {
    fault: fault?.name,
    level: fault?.level,
    caughtBy: run.results.filter((r) => r.outcome === "failed" && (advisory || r.level !== "advisory")),
    changes,
    checksRun: run.results.filter((r) => r.outcome !== "skipped").length,
    durationMs: Date.now() - started,
  };
}

/**
 * The emulator reaches every state within a poll or two (the suite advances its clock), so a short deadline only
 * shortens the runs where a fault keeps a state from ever coming; the transparent run uses it too, so a deadline
 * too short for the emulator would show there as a false alarm.
 */
const KILL_TIMING = { pollIntervalMs: 50, transitionTimeoutMs: 3_000 };

/**
 * Starts a fresh reference emulator (legacy ClusterId option on unless the fault says otherwise; AWS Backup as the
 * seed page describes it when the fault or `seed` asks, and then declared so) holding another cluster with a READY
 * backup, and a fault proxy in front of it; runs the required and legacy checks of `groups`
 * (advisory ones too for an advisory fault) against the proxy, and closes both.
 */
export async function runThroughFault(
  fault: Fault | undefined,
  groups: readonly GroupId[],
  seed: { legacyBackupSeed?: boolean } = {},
): Promise<KillRun> {
  const started = Date.now();
  const legacyClusterIdCopy = fault?.legacyClusterIdCopy ?? true;
  const legacyBackupSeed = fault?.legacyBackupSeed ?? seed.legacyBackupSeed ?? false;
  const emulator = await startEmulator({
    host: "127.0.0.1",
    port: 0,
    legacyClusterIdCopy,
    legacyBackupSeed,
    log: () => {},
  });
  try {
    await seedNeighbourCluster(emulator);
    const proxy = await startFaultProxy({ upstream: emulator.url, ...(fault ? { fault } : {}) });
    try {
      const run = await runConformance({
        targetName: "reference",
        endpoint: proxy.url,
        levels: legacyBackupSeed ? ["legacy"] : levelsFor(fault),
        groups: [...groups],
        legacyBackupSeed,
        timing: KILL_TIMING,
      });
      return killRunOf(fault, run, proxy.log.changes.length, started);
    } finally {
      await proxy.close();
    }
  } finally {
    await emulator.close();
  }
}
