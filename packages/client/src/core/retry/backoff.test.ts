import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoff.js";
import { sleep } from "./sleep.js";

const options = { retryBaseDelayMs: 100, retryMaxDelayMs: 20_000 };
const almostOne = () => 0.999_999;

describe("backoffDelay", () => {
  it("doubles the ceiling with each retry", () => {
    expect([0, 1, 2, 3, 4].map((retry) => backoffDelay(retry, options, almostOne))).toEqual([99, 199, 399, 799, 1599]);
  });

  it("never exceeds retryMaxDelayMs, however many retries", () => {
    expect(backoffDelay(30, options, almostOne)).toBe(19_999);
    expect(backoffDelay(2000, options, almostOne)).toBe(19_999);
  });

  it("is full jitter: the whole range down to 0", () => {
    expect(backoffDelay(5, options, () => 0)).toBe(0);
    expect(backoffDelay(5, options, () => 0.5)).toBe(1600);
  });

  it("stays within [0, ceiling) for random draws", () => {
    for (let retry = 0; retry < 12; retry++) {
      const delay = backoffDelay(retry, options);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(Math.min(20_000, 100 * 2 ** retry));
    }
  });
});

describe("sleep", () => {
  it("rejects with the reason when aborted", async () => {
    const controller = new AbortController();
    const pending = sleep(60_000, controller.signal);
    controller.abort(new Error("no more waiting"));
    await expect(pending).rejects.toThrow("no more waiting");
  });
});
