import { createEmulator } from "@cloudhsm-kit/emulator";
import { describe, expect, it } from "vitest";
import { ALL_FAULTS } from "./faults/index.js";
import { faultyFetch, TrafficLog } from "./faulty-fetch.js";
import { runTrafficScenario } from "./traffic-scenario.js";

/** The traffic a fault changed while the scenario ran against a fresh emulator. */
async function trafficChangedBy(fault: (typeof ALL_FAULTS)[number] | undefined) {
  const emulator = createEmulator({
    legacyClusterIdCopy: fault?.legacyClusterIdCopy ?? true,
    legacyBackupSeed: fault?.legacyBackupSeed === true,
    log: () => {},
  });
  const log = new TrafficLog();
  const failures = await runTrafficScenario(faultyFetch((r) => emulator.fetch(r), fault, log));
  return { log, failures };
}

describe("the faults", () => {
  it("are at least 25, with unique names, each naming the behaviour it breaks and the groups that catch it", () => {
    expect(ALL_FAULTS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(ALL_FAULTS.map((f) => f.name)).size).toBe(ALL_FAULTS.length);
    for (const fault of ALL_FAULTS) {
      expect(fault.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(fault.breaks.length).toBeGreaterThan(10);
      expect(fault.source.length).toBeGreaterThan(5);
      expect(fault.groups.length).toBeGreaterThan(0);
    }
  });

  it("leave the traffic alone when no fault is set (the scenario goes through unchanged)", async () => {
    const { log } = await trafficChangedBy(undefined);
    expect(log.exchanges).toBeGreaterThan(30);
    expect(log.changes).toEqual([]);
  });

  it.each(ALL_FAULTS.map((fault) => [fault.name, fault] as const))("%s changes the traffic", async (_name, fault) => {
    const { log } = await trafficChangedBy(fault);
    expect(log.changes.length, `${fault.name} changed nothing in the scenario`).toBeGreaterThan(0);
    const touched = fault.operations;
    if (touched !== "any") {
      for (const change of log.changes.filter((c) => c.what !== "side-call")) {
        expect(touched).toContain(change.operation);
      }
    }
  });
});
