import { describe, expect, it } from "vitest";
import { Recent } from "./recent.js";

describe("Recent", () => {
  it("makes a key's result once, undefined included, and forgets the oldest key when full", () => {
    const recent = new Recent<string | undefined>(2);
    const made: string[] = [];
    const make = (key: string) => () => {
      made.push(key);
      return key === "bad" ? undefined : key.toUpperCase();
    };
    expect([recent.get("a", make("a")), recent.get("a", make("a"))]).toEqual(["A", "A"]);
    expect([recent.get("bad", make("bad")), recent.get("bad", make("bad"))]).toEqual([undefined, undefined]);
    expect(recent.get("c", make("c"))).toBe("C");
    expect(recent.get("a", make("a"))).toBe("A");
    expect(made).toEqual(["a", "bad", "c", "a"]);
  });
});
