import { describe, expect, it } from "vitest";
import { sharingFirstHiddenClass } from "../../../test/hidden-class.js";
import { createClock } from "./clock.js";
import { createScheduler, type ScheduledEvent } from "./scheduler.js";

const ev = (at: number, id: string) => ({ at, kind: "k", account: "a", region: "r", id });

describe("scheduler", () => {
  it("runs due events in due-time order, ties in insertion order, and leaves later ones", () => {
    const s = createScheduler();
    s.schedule(ev(30, "c"));
    s.schedule(ev(10, "a"));
    s.schedule(ev(20, "b1"));
    s.schedule(ev(20, "b2"));
    s.schedule(ev(99, "late"));
    const seen: string[] = [];
    expect(s.runDue(50, (e) => seen.push(e.id))).toBe(4);
    expect(seen).toEqual(["a", "b1", "b2", "c"]);
    expect(s.nextAt()).toBe(99);
  });

  it("runs events scheduled by a handler in the same pass when they are due", () => {
    const s = createScheduler();
    s.schedule(ev(1, "0"));
    const seen: number[] = [];
    s.runDue(5, (e: ScheduledEvent) => {
      seen.push(e.at);
      s.schedule(ev(e.at + 1, String(e.at + 1)));
    });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(s.nextAt()).toBe(6);
  });

  it("round-trips through snapshot and load", () => {
    const s = createScheduler();
    for (const at of [5, 3, 9, 1]) {
      s.schedule(ev(at, String(at)));
    }
    const copy = createScheduler(s.snapshot());
    const seen: string[] = [];
    copy.runDue(100, (e) => seen.push(e.id));
    expect(seen).toEqual(["1", "3", "5", "9"]);
  });

  it("holds its events in one hidden class, whatever objects they were scheduled with", () => {
    const s = createScheduler();
    // Due times whole and fractional, and objects spread from others, as the services schedule them.
    for (let i = 0; i < 12; i++) {
      s.schedule({ account: "a", region: "r", ...{ kind: "k", id: String(i), at: i % 2 === 0 ? i : i + 0.5 } });
    }
    expect(sharingFirstHiddenClass(s.snapshot())).toBe(12);
  });
});

describe("clock", () => {
  it("is real time plus an offset that advance grows", () => {
    let real = 1_000_000;
    const clock = createClock({ realTimeMs: () => real, startTime: 2_000 });
    expect(clock.now()).toBe(2_000);
    real += 1500;
    expect(clock.now()).toBe(2_001.5);
    clock.advance(86_400);
    expect(clock.now()).toBe(88_401.5);
  });
});
