import { describe, expect, it } from "vitest";
import { allOf } from "./predicates.js";

describe("allOf", () => {
  it("is true exactly when every test is, and true when none is given", () => {
    const even = (n: number) => n % 2 === 0;
    const positive = (n: number) => n > 0;
    expect([-2, -1, 0, 1, 2, 4].filter(allOf([even, positive]))).toEqual([2, 4]);
    expect(allOf<number>([])(7)).toBe(true);
  });
});
