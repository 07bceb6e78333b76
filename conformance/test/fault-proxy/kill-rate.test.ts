import { afterAll, describe, expect, it } from "vitest";
import { CHECKS, GROUPS, type GroupId } from "../../src/index.js";
import { ALL_FAULTS } from "./faults/index.js";
import { killReport } from "./kill-report.js";
import { type KillRun, runThroughFault } from "./kill-run.js";

/**
 * The suite proves itself: through a transparent proxy every required and legacy check passes (no false alarm),
 * and through each fault at least one check of the fault's groups fails — a required or legacy check for a fault
 * against documented behaviour, an advisory one for a fault against undocumented behaviour. Each fault gets its own
 * emulator, so nothing leaks from one run into the next.
 */

/**
 * Faults the suite is known not to catch yet, with the check that would. Kept outside the faults, like a target's
 * expectations: an entry whose fault starts being caught fails as stale, so the list only shrinks.
 */
const KNOWN_SURVIVORS: Readonly<Record<string, string>> = {};

/**
 * `KILL_FAULTS=name,name` runs only the faults named (the transparent run and the bookkeeping tests still run), to
 * try a few faults without waiting for all of them; unset, every fault runs.
 */
const ONLY = (process.env.KILL_FAULTS ?? "").split(",").filter(Boolean);
const SELECTED = ONLY.length === 0 ? ALL_FAULTS : ALL_FAULTS.filter((f) => ONLY.includes(f.name));

const runs: KillRun[] = [];
const started = Date.now();

describe("the conformance suite through the fault proxy", () => {
  it("passes every required and legacy check when the proxy changes nothing", async () => {
    const run = await runThroughFault(
      undefined,
      GROUPS.map((g) => g.id as GroupId),
    );
    expect(run.checksRun).toBeGreaterThan(50);
    expect(run.caughtBy.map((r) => `${r.id}: ${r.reason}`)).toEqual([]);
    expect(run.changes).toBe(0);
  }, 120_000);

  it.each(SELECTED.map((fault) => [fault.name, fault] as const))(
    "catches %s",
    async (name, fault) => {
      const run = await runThroughFault(fault, fault.groups);
      runs.push(run);
      expect(run.changes, `${name} never changed the traffic`).toBeGreaterThan(0);
      const known = KNOWN_SURVIVORS[name];
      if (known) {
        const caught = run.caughtBy.map((r) => r.id).join(", ");
        expect(caught, `${name} is now caught (by ${caught}): remove it from KNOWN_SURVIVORS`).toBe("");
      } else {
        expect(
          run.caughtBy.length,
          `no ${fault.level} check of ${fault.groups.join(", ")} caught ${name}`,
        ).toBeGreaterThan(0);
      }
    },
    60_000,
  );

  it("lists only existing faults as known survivors", () => {
    const names = new Set(ALL_FAULTS.map((f) => f.name));
    expect(Object.keys(KNOWN_SURVIVORS).filter((name) => !names.has(name))).toEqual([]);
  });

  afterAll(() => {
    // The report CI logs show: which checks caught which fault, and the kill rate.
    const order = (run: KillRun) => ALL_FAULTS.findIndex((f) => f.name === run.fault);
    const sorted = [...runs].sort((a, b) => order(a) - order(b));
    const heading = "kill rate with the control protocol (full power)";
    console.log(killReport(sorted, { heading, checks: CHECKS, wallMs: Date.now() - started }));
  });
});
