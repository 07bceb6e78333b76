import type { TimelineEntry } from "@cloudhsm-kit/spec/control";
import { describe, expect, it } from "vitest";
import { createTimeline, type Observed } from "./timeline.js";

const ns = { account: "123456789012", region: "us-east-1" };

/** A service whose resources are whatever `states` holds: kind/id → [state, since?]. */
function service(states: Map<string, [string, number?]>): Observed {
  return {
    id: "svc",
    dashboard: {
      states: (visit) => {
        for (const [key, [state, since]] of states) {
          const [kind, id] = key.split("/") as [TimelineEntry["kind"], string];
          visit(kind, id, state, ns, since);
        }
      },
    },
  };
}

describe("createTimeline", () => {
  it("records appearances, state changes and removals, each once, with the state before and after", () => {
    const states = new Map<string, [string, number?]>([["backup/b1", ["CREATE_IN_PROGRESS"]]]);
    const timeline = createTimeline();
    const services = [service(states)];
    expect(timeline.observe(services, 100)).toBe(1);
    expect(timeline.observe(services, 101)).toBe(0);
    states.set("backup/b1", ["READY"]);
    timeline.observe(services, 103);
    states.delete("backup/b1");
    timeline.observe(services, 110);
    expect(timeline.entries()).toEqual([
      { seq: 0, at: 100, service: "svc", kind: "backup", id: "b1", ...ns, to: "CREATE_IN_PROGRESS" },
      { seq: 1, at: 103, service: "svc", kind: "backup", id: "b1", ...ns, from: "CREATE_IN_PROGRESS", to: "READY" },
      { seq: 2, at: 110, service: "svc", kind: "backup", id: "b1", ...ns, from: "READY" },
    ]);
  });

  it("dates a change by the transition that named it, else by the service's hint, never before the last look", () => {
    const states = new Map<string, [string, number?]>([["copy-job/j1", ["RUNNING"]]]);
    const timeline = createTimeline();
    const services = [service(states)];
    timeline.observe(services, 100);
    states.set("copy-job/j1", ["COMPLETED"]);
    states.set("recovery-point/rp1", ["COMPLETED", 150]);
    states.set("backup/old-hint", ["READY", 50]);
    timeline.observe(services, 1000, new Map([["j1", 140]]));
    expect(
      timeline
        .entries()
        .slice(1)
        .map((e) => [e.id, e.at]),
    ).toEqual([
      ["old-hint", 100],
      ["j1", 140],
      ["rp1", 150],
    ]);
  });

  it("keeps only the last `limit` changes", () => {
    const states = new Map<string, [string, number?]>();
    const timeline = createTimeline(3);
    for (let i = 0; i < 5; i++) {
      states.set(`backup/b${i}`, ["READY"]);
      timeline.observe([service(states)], i);
    }
    expect(timeline.entries().map((e) => [e.seq, e.id])).toEqual([
      [2, "b2"],
      [3, "b3"],
      [4, "b4"],
    ]);
  });

  it("looks at one account × Region when asked, and finds what disappeared there only", () => {
    const west = { account: "123456789012", region: "us-west-2" };
    const placed = new Map<string, [string, typeof ns]>([
      ["b1", ["READY", ns]],
      ["b2", ["READY", west]],
    ]);
    const services: Observed[] = [
      {
        id: "svc",
        dashboard: {
          states: (visit, where) => {
            for (const [id, [state, at]] of placed) {
              if (!where || where.region === at.region) {
                visit("backup", id, state, at);
              }
            }
          },
        },
      },
    ];
    const timeline = createTimeline();
    timeline.rebase(services, 0);
    placed.set("b1", ["PENDING_DELETION", ns]);
    placed.delete("b2");
    expect(timeline.observe(services, 5, new Map(), west)).toBe(1);
    expect(timeline.entries()).toEqual([
      { seq: 0, at: 5, service: "svc", kind: "backup", id: "b2", ...west, from: "READY" },
    ]);
    expect(timeline.observe(services, 6)).toBe(1);
    expect(timeline.entries()[1]).toMatchObject({ id: "b1", from: "READY", to: "PENDING_DELETION" });
  });

  it("keeps the last `limit` of many changes seen at once, numbered as if all were kept", () => {
    const states = new Map<string, [string, number?]>();
    for (let i = 0; i < 200_000; i++) {
      states.set(`backup/b${i}`, ["READY", i]);
    }
    const timeline = createTimeline(2);
    expect(timeline.observe([service(states)], 300_000)).toBe(200_000);
    expect(timeline.entries().map((e) => [e.seq, e.id])).toEqual([
      [199_998, "b199998"],
      [199_999, "b199999"],
    ]);
  });

  it("rebases on a loaded state without recording it", () => {
    const states = new Map<string, [string, number?]>([["backup/b1", ["READY"]]]);
    const timeline = createTimeline();
    timeline.rebase([service(states)], 5);
    expect(timeline.observe([service(states)], 6)).toBe(0);
    timeline.clear();
    expect(timeline.entries()).toEqual([]);
  });
});
