import { describe, expect, it } from "vitest";
import { after } from "./maybe-promise.js";

describe("after", () => {
  it("calls on at once with a value, and once a promise settles with a promise, its rejection passed on", async () => {
    const double = (n: number) => n * 2;
    expect(after(21, double)).toBe(42);
    const later = after(Promise.resolve(21), double);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(42);
    await expect(after(Promise.reject(new Error("no")), double)).rejects.toThrow("no");
    expect(await after(21, (n) => Promise.resolve(n + 1))).toBe(22);
  });
});
