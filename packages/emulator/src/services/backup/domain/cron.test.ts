import { describe, expect, it } from "vitest";
import { nextRun, parseCron } from "./cron.js";

const at = (iso: string) => Date.parse(iso) / 1000;
const next = (expression: string, from: string, zone?: string) => {
  const cron = parseCron(expression);
  expect(cron, expression).toBeDefined();
  const run = cron && nextRun(cron, at(from), zone);
  return run === undefined ? undefined : new Date(run * 1000).toISOString();
};

describe("schedule expressions", () => {
  it("finds the next run of AWS Backup's default daily 05:00 UTC rule", () => {
    expect(next("cron(0 5 ? * * *)", "2026-11-22T04:00:00Z")).toBe("2026-11-22T05:00:00.000Z");
    expect(next("cron(0 5 ? * * *)", "2026-11-22T05:00:00Z")).toBe("2026-11-23T05:00:00.000Z");
  });

  it("reads lists, ranges, steps and day names", () => {
    expect(next("cron(30 */12 ? * MON-FRI *)", "2026-11-21T13:00:00Z")).toBe("2026-11-23T00:30:00.000Z"); // Sat → Mon
    expect(next("cron(0 0 1,15 JAN ? 2027)", "2026-11-22T00:00:00Z")).toBe("2027-01-01T00:00:00.000Z");
  });

  it("reads L in the day of the month as its last day", () => {
    expect(next("cron(0 5 L * ? *)", "2026-11-22T00:00:00Z")).toBe("2026-11-30T05:00:00.000Z");
    expect(next("cron(0 5 L * ? *)", "2027-02-01T00:00:00Z")).toBe("2027-02-28T05:00:00.000Z");
  });

  it("reads W as the weekday nearest the day, within its month, and LW as the last weekday", () => {
    expect(next("cron(0 5 LW * ? *)", "2027-01-01T00:00:00Z")).toBe("2027-01-29T05:00:00.000Z"); // 31st is a Sunday
    expect(next("cron(0 5 1W * ? *)", "2027-04-30T00:00:00Z")).toBe("2027-05-03T05:00:00.000Z"); // Sat 1st → Mon 3rd
    expect(next("cron(0 5 15W * ? *)", "2027-08-01T00:00:00Z")).toBe("2027-08-16T05:00:00.000Z"); // Sun → Mon
    expect(next("cron(0 5 14W * ? *)", "2027-08-01T00:00:00Z")).toBe("2027-08-13T05:00:00.000Z"); // Sat → Fri
    expect(next("cron(0 5 31W * ? *)", "2027-01-01T00:00:00Z")).toBe("2027-01-29T05:00:00.000Z"); // last Sun → Fri
    expect(next("cron(0 5 31W * ? *)", "2027-02-01T00:00:00Z")).toBe("2027-03-31T05:00:00.000Z"); // no 31st in Feb
  });

  it("reads nL as the month's last such weekday, L alone as Saturday, and n#k as its k-th", () => {
    expect(next("cron(0 5 ? * 6L *)", "2026-11-22T00:00:00Z")).toBe("2026-11-27T05:00:00.000Z");
    expect(next("cron(0 5 ? * FRIL *)", "2026-11-22T00:00:00Z")).toBe("2026-11-27T05:00:00.000Z");
    expect(next("cron(0 5 ? * L *)", "2026-11-22T00:00:00Z")).toBe("2026-11-28T05:00:00.000Z");
    expect(next("cron(0 5 ? * 6#3 *)", "2026-12-01T00:00:00Z")).toBe("2026-12-18T05:00:00.000Z");
    expect(next("cron(0 5 ? * FRI#3 *)", "2026-12-01T00:00:00Z")).toBe("2026-12-18T05:00:00.000Z");
    expect(next("cron(0 5 ? * 2#5 *)", "2026-11-01T00:00:00Z")).toBe("2026-11-30T05:00:00.000Z");
    expect(next("cron(0 5 ? * 2#5 *)", "2026-12-01T00:00:00Z")).toBe("2027-03-29T05:00:00.000Z"); // next 5th Monday
  });

  it("refuses what EventBridge's syntax does not admit", () => {
    for (const bad of [
      "rate(1 day)",
      "cron(0 25 ? * * *)",
      "cron(0 5 * * *)",
      "cron(0 5 L * * *)", // both day fields given, neither `?`
      "cron(0 5 1 * MON *)",
      "cron(0 5 1,L * ? *)",
      "cron(0 5 L-2 * ? *)",
      "cron(0 5 32W * ? *)",
      "cron(0 5 0W * ? *)",
      "cron(0 5 ? * 2W *)",
      "cron(0 5 3#1 * ? *)",
      "cron(0 5 ? * 6#6 *)",
      "cron(0 5 ? * 8L *)",
      "cron(0 5 ? * 1#1,6#3 *)",
      "cron(0 5 ? * XYZ#1 *)",
    ]) {
      expect(parseCron(bad), bad).toBeUndefined();
    }
  });
});
