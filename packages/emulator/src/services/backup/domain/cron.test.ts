import { describe, expect, it } from "vitest";
import { nextRun, parseCron } from "./cron.js";

const at = (iso: string) => Date.parse(iso) / 1000;

describe("schedule expressions", () => {
  it("finds the next run of AWS Backup's default daily 05:00 UTC rule", () => {
    const daily = parseCron("cron(0 5 ? * * *)");
    expect(daily && nextRun(daily, at("2026-11-22T04:00:00Z"))).toBe(at("2026-11-22T05:00:00Z"));
    expect(daily && nextRun(daily, at("2026-11-22T05:00:00Z"))).toBe(at("2026-11-23T05:00:00Z"));
  });

  it("reads lists, ranges, steps and day names", () => {
    const weekly = parseCron("cron(30 */12 ? * MON-FRI *)");
    expect(weekly && nextRun(weekly, at("2026-11-21T13:00:00Z"))).toBe(at("2026-11-23T00:30:00Z")); // Sat → Mon
    const monthly = parseCron("cron(0 0 1,15 JAN ? 2027)");
    expect(monthly && nextRun(monthly, at("2026-11-22T00:00:00Z"))).toBe(at("2027-01-01T00:00:00Z"));
  });

  it("refuses what it does not read", () => {
    expect(parseCron("rate(1 day)")).toBeUndefined();
    expect(parseCron("cron(0 5 L * ? *)")).toBeUndefined();
    expect(parseCron("cron(0 25 ? * * *)")).toBeUndefined();
  });
});
