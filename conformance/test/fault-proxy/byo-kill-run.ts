import type { RunningEmulator } from "@cloudhsm-kit/emulator";
import type { ControlStateDocument } from "@cloudhsm-kit/spec/control";
import { CHECKS, type GroupId, runConformance } from "../../src/index.js";
import { startByoTarget, startSeededEmulator } from "../byo-target.js";
import type { Fault } from "./fault.js";
import { type KillRun, killRunOf, levelsFor, runThroughFault } from "./kill-run.js";

/**
 * The kill rate without the control protocol: the suite runs through each fault against a target as users bring
 * one (byo-target.ts: a seeded emulator in real time behind a proxy that hides the control protocol), so the checks
 * that need the protocol are skipped. Seeding takes seconds, so a lane seeds one emulator, keeps its state document,
 * and runs its faults one after another, each through a proxy of its own and each on the seeded state put back
 * (what one run leaves behind — backups pending deletion, tags, HSMs — would otherwise change what the next run
 * finds: a longer listing, other backups on its first page). The emulator's clock runs on in real time.
 */
export interface ByoLane {
  emulator: RunningEmulator;
  /** The state right after seeding, which every run starts from. */
  seeded: ControlStateDocument;
  close(): Promise<void>;
}

export async function startByoLane(): Promise<ByoLane> {
  const emulator = await startSeededEmulator();
  const seeded = await emulator.control.exportState();
  return { emulator, seeded, close: () => emulator.close() };
}

/** The checks that need the control protocol, which a target without it skips. */
export const NEEDS_CONTROL = new Set(CHECKS.filter((c) => c.needs.includes("control")).map((c) => c.id));

/** Runs the checks of `groups` (at the fault's levels) through `fault` against the lane's target. */
export async function runThroughFaultByo(
  lane: ByoLane,
  fault: Fault | undefined,
  groups: readonly GroupId[],
): Promise<KillRun> {
  const started = Date.now();
  await lane.emulator.control.importState(lane.seeded);
  // A fault against the legacy option's absence needs a target without it, and a config that does not declare it.
  const legacyClusterIdCopy = fault?.legacyClusterIdCopy ?? true;
  if (!legacyClusterIdCopy) {
    await lane.emulator.control.putSettings({ legacyClusterIdCopy });
  }
  const target = await startByoTarget(fault, lane.emulator);
  try {
    const run = await runConformance({
      ...target.options,
      legacyClusterIdCopy,
      levels: levelsFor(fault),
      groups: [...groups],
    });
    return killRunOf(fault, run, target.proxy.log.changes.length, started);
  } finally {
    await target.close();
  }
}

/**
 * Whether a fault the target without the control protocol did not catch is out of its scope: the fault is run with
 * full power (fresh emulator, control protocol) and is out of scope when every check that catches it there needs
 * the protocol. Returns the reason to report, or undefined when some check that runs without it catches the fault
 * with full power (a survivor of the bring-your-own run).
 */
export async function controlOnlyReason(fault: Fault): Promise<string | undefined> {
  if (fault.legacyBackupSeed) {
    // The lanes behave as AWS Backup does today and do not declare the seed page, so its legacy checks are skipped.
    return "needs an emulator that behaves as AWS Backup's seed page (legacyBackupSeed)";
  }
  const full = await runThroughFault(fault, fault.groups);
  const ids = full.caughtBy.map((r) => r.id);
  return ids.length > 0 && ids.every((id) => NEEDS_CONTROL.has(id))
    ? `caught with full power only by ${ids.join(", ")}`
    : undefined;
}
