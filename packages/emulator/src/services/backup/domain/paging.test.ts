import { describe, expect, it } from "vitest";
import { byCreation, page, passes, within } from "./paging.js";

describe("Backup listings", () => {
  const items = ["c", "a", "d", "b"];

  it("pages by key with a NextToken bound to the filters", () => {
    const first = page("k", items, (i) => i, { MaxResults: 3 }, { f: 1 });
    expect(first.items).toEqual(["a", "b", "c"]);
    const rest = page("k", items, (i) => i, { MaxResults: 3, NextToken: first.NextToken as string }, { f: 1 });
    expect(rest).toEqual({ items: ["d"] });
    expect(() => page("k", items, (i) => i, { NextToken: first.NextToken as string }, { f: 2 })).toThrow(/NextToken/);
  });

  it("filters by equality and by open date bounds, and sorts by creation date", () => {
    expect(
      passes([
        [undefined, "x"],
        ["a", "a"],
      ]),
    ).toBe(true);
    expect(passes([["a", "b"]])).toBe(false);
    expect([within(5, 4, 6), within(5, 5), within(undefined, 1)]).toEqual([true, false, false]);
    expect(byCreation(9, "z") < byCreation(10, "a")).toBe(true);
  });
});
