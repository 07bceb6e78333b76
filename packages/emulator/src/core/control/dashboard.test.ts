import { describe, expect, it } from "vitest";
import { createDashboard, WATCH_MS } from "./dashboard.js";
import type { DashboardSection } from "./dashboard-section.js";

/** One service with one job whose state the test sets, counting how often the timeline reads the states. */
function fixture(followBelow = 1) {
  let state = "CREATED";
  let reads = 0;
  let wall = 0;
  let now = 1_000;
  const section: DashboardSection = {
    view: () => ({ section: {}, lineage: [] }),
    states(visit) {
      reads++;
      visit("copy-job", "job-1", state, { account: "111122223333", region: "us-east-1" });
    },
    quiet: new Set(),
  };
  const dashboard = createDashboard({
    now: () => now,
    wallMs: () => wall,
    followBelow,
    services: [{ id: "backup", dashboard: section }],
  });
  dashboard.changed(); // the job was made
  return {
    dashboard,
    set: (to: string) => {
      state = to;
    },
    reads: () => reads,
    wait: (ms: number) => {
      wall += ms;
    },
    advance: (s: number) => {
      now += s;
    },
  };
}

describe("the dashboard's timeline", () => {
  it("reads no state of a large emulator while nobody watches, and catches up at the next read", () => {
    const f = fixture();
    const before = f.reads();
    f.advance(5);
    f.set("RUNNING");
    f.dashboard.changed();
    expect(f.reads()).toBe(before);
    const doc = f.dashboard.document();
    expect(f.reads()).toBe(before + 1);
    expect(doc.timeline.at(-1)).toMatchObject({ id: "job-1", from: "CREATED", to: "RUNNING", at: 1_005 });
  });

  it("follows every change of a small emulator even unwatched: one look costs little", () => {
    const f = fixture(5_000);
    f.advance(5);
    f.set("RUNNING");
    f.dashboard.changed();
    f.advance(5);
    f.set("COMPLETED");
    f.dashboard.changed();
    expect(f.dashboard.document().timeline.map((e) => [e.from, e.to, e.at])).toEqual([
      [undefined, "CREATED", 1_000],
      ["CREATED", "RUNNING", 1_005],
      ["RUNNING", "COMPLETED", 1_010],
    ]);
  });

  it("follows every change while a reader watches, and stops once the reader has been gone for WATCH_MS", () => {
    const f = fixture();
    f.dashboard.document();
    f.advance(10);
    f.set("RUNNING");
    f.dashboard.changed();
    f.advance(10);
    f.set("COMPLETED");
    f.dashboard.changed();
    expect(f.dashboard.document().timeline.map((e) => [e.from, e.to, e.at])).toEqual([
      [undefined, "CREATED", 1_000],
      ["CREATED", "RUNNING", 1_010],
      ["RUNNING", "COMPLETED", 1_020],
    ]);
    f.wait(WATCH_MS);
    const before = f.reads();
    f.dashboard.changed();
    expect(f.reads()).toBe(before);
  });

  it("dates a transition made while nobody watched by its own time", () => {
    const f = fixture();
    f.dashboard.document();
    f.wait(WATCH_MS);
    const run = f.dashboard.transitions();
    run.applying();
    f.set("RUNNING");
    run.applied({ at: 1_060, account: "111122223333", region: "us-east-1", id: "job-1" });
    run.finish();
    f.advance(600);
    const timeline = f.dashboard.document().timeline;
    expect(timeline.at(-1)).toMatchObject({ from: "CREATED", to: "RUNNING", at: 1_060 });
  });
});
