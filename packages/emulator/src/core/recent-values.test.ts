import { describe, expect, it } from "vitest";
import { RecentValues } from "./recent-values.js";

describe("RecentValues", () => {
  it("works a value out once, then gives the kept one", () => {
    const values = new RecentValues<string, number>(10);
    let made = 0;
    const make = () => ++made;
    expect(values.get("a", make)).toBe(1);
    expect(values.get("a", make)).toBe(1);
    expect(values.get("b", make)).toBe(2);
    expect(values.recall("a")).toBe(1);
    expect(values.recall("c")).toBeUndefined();
  });

  it("keeps at most its limit, forgetting all once full, and a key kept again does not count twice", () => {
    const values = new RecentValues<number, number>(3);
    for (const n of [1, 2, 3]) {
      values.keep(n, n);
    }
    values.keep(3, 30);
    expect(values.size).toBe(3);
    expect(values.recall(3)).toBe(30);
    values.keep(4, 4);
    expect(values.size).toBe(1);
    expect(values.recall(1)).toBeUndefined();
    expect(values.recall(4)).toBe(4);
  });

  it("refuses a limit that is not a whole number of at least 1", () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(() => new RecentValues(bad), String(bad)).toThrow(/whole number of at least 1/);
    }
  });
});
