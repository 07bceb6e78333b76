import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECKS, GROUPS, type GroupId } from "../src/index.js";
import {
  type ByoLane,
  controlOnlyReason,
  NEEDS_CONTROL,
  runThroughFaultByo,
  startByoLane,
} from "./fault-proxy/byo-kill-run.js";
import type { Fault } from "./fault-proxy/fault.js";
import { ALL_FAULTS } from "./fault-proxy/faults/index.js";
import { killReport } from "./fault-proxy/kill-report.js";
import type { KillRun } from "./fault-proxy/kill-run.js";
import { type LanePool, lanePool } from "./fault-proxy/lane-pool.js";

/**
 * The kill rate on a target without the control protocol (bring your own): each fault, against the seeded target
 * of byo-target.ts, must make a check of its level fail, unless it is out of scope there — every check that catches
 * it with full power needs the control protocol (moving time, failing a copy, activating a cluster). The runs wait
 * on real time (transitions and AWS Backup jobs of 0.2–0.5 s), so they go through LANES seeded emulators at once.
 */
const LANES = 5;

/**
 * Faults that checks which do not need the control protocol catch with full power only through what the protocol
 * made for them (the computed scope cannot tell), with how. An entry whose fault is caught without the protocol
 * fails as stale.
 */
const CAUGHT_ONLY_WITH_CONTROL: Readonly<Record<string, string>> = {
  "shared-backups-listed-as-own": "SHARE-XACCT-004 lists a promoted RAM share, which only the control protocol makes",
  "new-backups-born-ready":
    "STATE-COPY-* use backups the control protocol takes as soon as they look READY; STATE-NEW-002, which watches a new backup's first state, needs the protocol",
};

/** Faults in scope that the suite is known not to catch without the control protocol, with the check that would. */
const KNOWN_BYO_SURVIVORS: Readonly<Record<string, string>> = {};

let lanes: ByoLane[] = [];
let pool: LanePool<ByoLane>;
const runs: KillRun[] = [];
const started = Date.now();

beforeAll(async () => {
  lanes = await Promise.all(Array.from({ length: LANES }, () => startByoLane()));
  pool = lanePool(lanes);
}, 120_000);

afterAll(async () => {
  await Promise.all(lanes.map((lane) => lane.close()));
  const order = (run: KillRun) => ALL_FAULTS.findIndex((f) => f.name === run.fault);
  const heading = "kill rate without the control protocol (bring your own)";
  const checks = CHECKS.filter((c) => !NEEDS_CONTROL.has(c.id));
  console.log(
    killReport(
      [...runs].sort((a, b) => order(a) - order(b)),
      { heading, checks, wallMs: Date.now() - started },
    ),
  );
});

/**
 * CONFORMANCE_KILL_FAULTS narrows the run to the faults whose names start with one of its comma-separated prefixes
 * (e.g. `backup-` for AWS Backup's), to iterate on a few faults without waiting for all of them; the transparent
 * run always runs. Unset: every fault.
 */
const prefixes = (process.env.CONFORMANCE_KILL_FAULTS ?? "")
  .split(",")
  .map((p) => p.trim())
  .filter((p) => p !== "");
const selected = ALL_FAULTS.filter((f) => prefixes.length === 0 || prefixes.some((p) => f.name.startsWith(p)));

/** The transparent run goes among the faults, so it runs on a lane that has already served some of them. */
const TRANSPARENT_AT = Math.min(LANES * 3, selected.length);
const entries = [
  ...selected.slice(0, TRANSPARENT_AT).map((fault) => [fault.name, fault] as const),
  ["no fault (the seeded state put back after other runs raises no false alarm)", undefined] as const,
  ...selected.slice(TRANSPARENT_AT).map((fault) => [fault.name, fault] as const),
];

/** Through no fault: nothing may fail, and the lane's target must still offer what the checks need. */
async function transparentRun(): Promise<void> {
  const run = await pool.use((lane) =>
    runThroughFaultByo(
      lane,
      undefined,
      GROUPS.map((g) => g.id as GroupId),
    ),
  );
  expect(run.checksRun).toBeGreaterThan(50);
  expect(run.caughtBy.map((r) => `${r.id}: ${r.reason}`)).toEqual([]);
}

/** Through `fault`: a check of its level must fail, unless only checks that need the control protocol catch it. */
async function faultRun(name: string, fault: Fault): Promise<void> {
  const run = await pool.use((lane) => runThroughFaultByo(lane, fault, fault.groups));
  const how = CAUGHT_ONLY_WITH_CONTROL[name];
  const caught = run.caughtBy.map((r) => r.id).join(", ");
  if (caught !== "") {
    expect(
      how,
      `${name} is caught without the control protocol (by ${caught}): remove it from CAUGHT_ONLY_WITH_CONTROL`,
    ).toBeUndefined();
  } else {
    run.outOfScope = how ?? (await controlOnlyReason(fault));
  }
  runs.push(run);
  if (run.outOfScope !== undefined) {
    return;
  }
  if (KNOWN_BYO_SURVIVORS[name]) {
    expect(caught, `${name} is now caught (by ${caught}): remove it from KNOWN_BYO_SURVIVORS`).toBe("");
  } else {
    expect(caught, `no ${fault.level} check of ${fault.groups.join(", ")} caught ${name}`).not.toBe("");
  }
}

describe("the conformance suite without the control protocol, through the fault proxy", () => {
  describe.concurrent("each fault is caught, or needs the control protocol", () => {
    it.each(entries)("%s", (name, fault) => (fault ? faultRun(name, fault) : transparentRun()), 300_000);
  });

  it("lists only existing faults as caught only with the control protocol or as known survivors", () => {
    const names = new Set(ALL_FAULTS.map((f) => f.name));
    const listed = [...Object.keys(CAUGHT_ONLY_WITH_CONTROL), ...Object.keys(KNOWN_BYO_SURVIVORS)];
    expect(listed.filter((name) => !names.has(name))).toEqual([]);
  });
});
