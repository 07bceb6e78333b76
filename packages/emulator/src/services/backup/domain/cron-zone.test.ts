import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { namesDay, nextRun, parseCron } from "./cron.js";
import { firstInstantOf, isTimeZone, wallTimeAt } from "./cron-zone.js";

const at = (iso: string) => Date.parse(iso) / 1000;
const iso = (seconds: number | undefined) =>
  seconds === undefined ? undefined : new Date(seconds * 1000).toISOString();
const next = (expression: string, from: string, zone: string) => {
  const cron = parseCron(expression);
  return iso(cron && nextRun(cron, at(from), zone));
};

describe("a schedule read in its rule's time zone", () => {
  it("knows IANA zones and refuses names that are none", () => {
    expect([isTimeZone("Etc/UTC"), isTimeZone("America/New_York"), isTimeZone("Asia/Kolkata")]).toEqual([
      true,
      true,
      true,
    ]);
    expect([isTimeZone("Mars/Olympus_Mons"), isTimeZone("")]).toEqual([false, false]);
  });

  it("runs at the expression's wall time in the zone", () => {
    expect(next("cron(0 9 ? * * *)", "2026-11-22T00:00:00Z", "America/New_York")).toBe("2026-11-22T14:00:00.000Z");
    expect(next("cron(0 9 ? * * *)", "2026-07-01T00:00:00Z", "America/New_York")).toBe("2026-07-01T13:00:00.000Z");
    expect(next("cron(0 5 L * ? *)", "2026-11-30T00:00:00Z", "Asia/Tokyo")).toBe("2026-12-30T20:00:00.000Z");
    expect(next("cron(30 0 ? * * *)", "2026-11-22T00:00:00Z", "Asia/Kolkata")).toBe("2026-11-22T19:00:00.000Z");
  });

  it("skips a wall time the change to daylight saving time leaves out", () => {
    // 2027-03-14 02:00 EST → 03:00 EDT in New York: 02:30 does not exist that day.
    expect(firstInstantOf("America/New_York", at("2027-03-14T02:30:00Z"))).toBeUndefined();
    expect(next("cron(30 2 ? * * *)", "2027-03-13T08:00:00Z", "America/New_York")).toBe("2027-03-15T06:30:00.000Z");
  });

  it("runs a wall time the change back repeats once, at its first occurrence", () => {
    // 2027-11-07 02:00 EDT → 01:00 EST: 01:30 happens at 05:30Z and again at 06:30Z.
    expect(next("cron(30 1 ? * * *)", "2027-11-07T04:00:00Z", "America/New_York")).toBe("2027-11-07T05:30:00.000Z");
    expect(next("cron(30 1 ? * * *)", "2027-11-07T05:30:00Z", "America/New_York")).toBe("2027-11-08T06:30:00.000Z");
  });

  // Zones with whole-hour, half-hour and 30-minute-DST offsets; minutes on the half hour, so a brute force may step by
  // 30 minutes.
  const zones = [
    "Etc/UTC",
    "America/New_York",
    "Europe/London",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
  ];
  const dayOfMonth = fc.constantFrom("?", "L", "LW", "1W", "15W", "31W", "1,15", "*/10", "29");
  const dayOfWeek = fc.constantFrom("?", "L", "6L", "2#1", "FRI#3", "1#5", "MON-FRI", "*");
  const expression = fc
    .tuple(fc.constantFrom("0", "30", "0,30"), fc.constantFrom("*", "1", "2", "0-3", "*/7"), dayOfMonth, dayOfWeek)
    .filter(([, , dom, dow]) => (dom === "?") !== (dow === "?"))
    .map(([m, h, dom, dow]) => `cron(${m} ${h} ${dom} * ${dow} *)`);
  const HALF_HOUR = 1800;
  /** The wall time's first instant: no instant 30 or 60 minutes earlier shows it. */
  const first = (zone: string, t: number) =>
    [HALF_HOUR, 2 * HALF_HOUR].every((back) => wallTimeAt(zone, t - back) !== wallTimeAt(zone, t));

  it("gives the earliest instant after `from` whose wall time the expression names, first occurrences only", () => {
    fc.assert(
      fc.property(
        expression,
        fc.constantFrom(...zones),
        fc.integer({ min: at("2026-01-01T00:00:00Z"), max: at("2030-01-01T00:00:00Z") }),
        (text, zone, from) => {
          const cron = parseCron(text);
          expect(cron, text).toBeDefined();
          if (!cron) {
            return;
          }
          const run = nextRun(cron, from, zone) as number;
          const matches = (t: number) => {
            const wall = wallTimeAt(zone, t);
            const minutes = (wall % 86_400) / 60;
            return (
              wall % 60 === 0 &&
              cron.hours.includes(Math.floor(minutes / 60)) &&
              cron.minutes.includes(minutes % 60) &&
              namesDay(cron, wall) &&
              first(zone, t)
            );
          };
          expect(run).toBeGreaterThan(from);
          expect(matches(run), `${text} in ${zone} from ${iso(from)}: ${iso(run)}`).toBe(true);
          for (let t = (Math.floor(from / HALF_HOUR) + 1) * HALF_HOUR; t < run; t += HALF_HOUR) {
            expect(matches(t), `${text} in ${zone} from ${iso(from)}: ${iso(t)} comes before ${iso(run)}`).toBe(false);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
