import { startEmulator } from "@cloudhsm-kit/emulator";
import { describe, expect, it } from "vitest";
import { runConformance } from "../src/index.js";
import { mergeShards } from "../src/report/merge.js";
import { selectChecks } from "../src/runner/select.js";

describe("a run in shards", () => {
  it("selects disjoint parts that together are the whole selection", () => {
    const whole = selectChecks({}).map((c) => c.id);
    const parts = [1, 2, 3, 4].map((index) => selectChecks({ shard: { index, count: 4 } }).map((c) => c.id));
    expect(parts.flat().sort()).toEqual([...whole].sort());
    expect(Math.max(...parts.map((p) => p.length)) - Math.min(...parts.map((p) => p.length))).toBeLessThanOrEqual(1);
  });

  it("gives, merged, the verdict of every check that one run gives", async () => {
    const emulator = await startEmulator({ host: "127.0.0.1", port: 0, legacyClusterIdCopy: true, log: () => {} });
    try {
      const options = { endpoint: emulator.url, targetName: "reference-emulator" };
      const whole = await runConformance(options);
      const shards = [];
      for (const index of [1, 2, 3]) {
        shards.push(await runConformance({ ...options, shard: { index, count: 3 } }));
      }
      const merged = mergeShards(shards);
      const verdicts = (run: typeof whole) => run.results.map((r) => `${r.id} ${r.status}`);
      expect(verdicts(merged)).toEqual(verdicts(whole));
      expect(merged.summary).toEqual(whole.summary);
    } finally {
      await emulator.close();
    }
  }, 180_000);
});
