import { describe, expect, it } from "vitest";
import { CheckFailed, FixtureBlocked, skip } from "./failure.js";
import { guarded } from "./fixture-guard.js";
import type { Target } from "./target.js";

const target = () => ({ blocked: new Map<string, string>() }) as Target;

describe("guarded fixtures", () => {
  it("blocks the check whose fixture fails, and every later one at once, with the evidence", async () => {
    const t = target();
    let builds = 0;
    const build = async () => {
      builds++;
      throw new CheckFailed("backup backup-abcdefghijk in us-east-1 reaches READY: not reached within 10 ms");
    };
    const first = guarded(t, "disposable:us-east-1", "a disposable backup in us-east-1", build);
    await expect(first).rejects.toBeInstanceOf(FixtureBlocked);
    await expect(first).rejects.toThrow(/not reached within 10 ms/);
    const second = guarded(t, "disposable:us-east-1", "a disposable backup in us-east-1", build);
    await expect(second).rejects.toThrow(/blocked by the fixture "a disposable backup in us-east-1"/);
    expect(builds).toBe(1);
  });

  it("does not remember a skip: the target simply cannot offer the fixture", async () => {
    const t = target();
    await expect(guarded(t, "k", "x", async () => skip("needs a READY backup"))).rejects.toThrow(
      "needs a READY backup",
    );
    expect(t.blocked.size).toBe(0);
    await expect(guarded(t, "k", "x", async () => 42)).resolves.toBe(42);
  });
});
