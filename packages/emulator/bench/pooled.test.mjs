import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pooled } from "./pooled.mjs";

/** wrk's percentile of sorted latencies: the smallest with at least p% of the requests at or under it. */
const percentileOfSorted = (sorted, p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];

const ascending = (latencies) => [...latencies].sort((a, b) => a - b);

/** The exact percentile of all the latencies. */
const exactPercentile = (latencies, p) => percentileOfSorted(ascending(latencies), p);

/** wrk-plan.lua's grid of percentiles: every tenth, then every hundredth from 99.91 to 100. */
const GRID = [
  ...Array.from({ length: 999 }, (_, k) => (k + 1) / 10),
  ...Array.from({ length: 10 }, (_, k) => 99.9 + (k + 1) / 100),
];

/** A run as wrk-plan.lua describes it, from its requests' latencies (ms). */
function runOf(latencies, seconds = 2) {
  const sorted = ascending(latencies);
  return {
    requests: latencies.length,
    seconds,
    non2xx: 0,
    socketErrors: null,
    latency: GRID.map((p) => [p, percentileOfSorted(sorted, p)]),
  };
}

describe("pooled", () => {
  it("takes the requests of all runs over their time, and adds up their errors", () => {
    const a = { ...runOf([1, 2, 3, 4]), non2xx: 1, socketErrors: { connect: 0, read: 1, write: 0, timeout: 2 } };
    const b = { ...runOf([1, 1], 1), socketErrors: { connect: 1, read: 0, write: 0, timeout: 0 } };
    const all = pooled([a, b]);
    expect(all.requests).toBe(6);
    expect(all.rps).toBe(2);
    expect(all.non2xx).toBe(1);
    expect(all.socketErrors).toEqual({ connect: 1, read: 1, write: 0, timeout: 2 });
    expect(all.parts.map((part) => part.rps)).toEqual([2, 2]);
  });

  it("gives one run's own percentiles", () => {
    const latencies = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    const one = pooled([runOf(latencies)]);
    expect(one.p50).toBe(exactPercentile(latencies, 50));
    expect(one.p99).toBe(exactPercentile(latencies, 99));
  });

  it("weighs each run by its requests: a slow run of few requests barely moves the p99", () => {
    const fast = runOf(Array.from({ length: 9_900 }, () => 1));
    const slow = runOf(Array.from({ length: 100 }, () => 50));
    expect(pooled([fast, slow]).p99).toBe(1);
    expect(pooled([fast, runOf(Array.from({ length: 200 }, () => 50))]).p99).toBe(50);
  });

  it("pools runs of a thousand or more requests to within a tenth of a percentile of the exact figure", () => {
    const latencies = fc.array(fc.integer({ min: 1, max: 5_000 }), { minLength: 1_000, maxLength: 3_000 });
    fc.assert(
      fc.property(fc.array(latencies, { minLength: 1, maxLength: 4 }), (runs) => {
        const all = runs.flat();
        const { p50, p99 } = pooled(runs.map((r) => runOf(r)));
        for (const [figure, p] of [
          [p50, 50],
          [p99, 99],
        ]) {
          expect(figure).toBeGreaterThanOrEqual(exactPercentile(all, p - 0.1));
          expect(figure).toBeLessThanOrEqual(exactPercentile(all, p + 0.1));
        }
      }),
      { numRuns: 50 },
    );
  });
});
