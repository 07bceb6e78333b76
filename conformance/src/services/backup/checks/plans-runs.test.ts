import { describe, expect, it } from "vitest";
import { farFromNow } from "./plans-runs.js";

describe("farFromNow", () => {
  it("is a yearly schedule at noon UTC half a year after the emulated time, never the default 05:00", () => {
    // 2026-12-05T04:59:00Z: the default daily cron(0 5 ? * * *) would fire a minute later.
    expect(farFromNow(Date.UTC(2026, 11, 5, 4, 59) / 1000)).toBe("cron(0 12 5 6 ? *)");
    expect(farFromNow(Date.UTC(2027, 7, 30, 12) / 1000)).toBe("cron(0 12 28 2 ? *)");
  });
});
