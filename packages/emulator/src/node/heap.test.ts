import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** The built module, run in a process of its own: its settings are process-wide (skipped before the build). */
const heap = fileURLToPath(new URL("../../dist/node/heap.js", import.meta.url));

/**
 * Runs a child that (when `tune`) tunes its heap, makes ~100 MiB of short-lived garbage, then calls what tuning
 * returned `imports` times in a row; reports the young generation's size and the full collections that followed.
 */
function child(tune: boolean, imports = 1): { youngMiB: number; fullAfterImport: number } {
  const script = `
    import { getHeapSpaceStatistics } from "node:v8";
    import { PerformanceObserver, constants } from "node:perf_hooks";
    const { tuneHeapForServer } = await import(${JSON.stringify(heap)});
    const afterImport = ${tune} ? tuneHeapForServer() : () => {};
    const kept = [];
    for (let i = 0; i < 2e6; i++) { const o = { i, s: "x" + i }; if (i % 10 === 0) kept.push(o); }
    const young = getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size;
    let full = 0;
    new PerformanceObserver((list) => {
      full += list.getEntries().filter((e) => e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR).length;
    }).observe({ entryTypes: ["gc"] });
    for (let i = 0; i < ${imports}; i++) afterImport();
    setTimeout(() => console.log(JSON.stringify({ youngMiB: young / 2 ** 20, fullAfterImport: full, kept: kept.length > 0 })), 300);
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 20_000 });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout);
}

describe.skipIf(!existsSync(heap))("tuneHeapForServer (dist/node/heap.js; run the build first)", () => {
  it("keeps the young generation at its starting 2 MiB, where an untuned process grows it", () => {
    expect(child(true).youngMiB).toBeLessThanOrEqual(2);
    expect(child(false).youngMiB).toBeGreaterThan(2);
  });

  it("collects the heap in full a moment after a state import, which an untuned process does not", () => {
    expect(child(true).fullAfterImport).toBeGreaterThanOrEqual(1);
    expect(child(false).fullAfterImport).toBe(0);
  });

  it("makes one collection of imports in quick succession", () => {
    // One collection is seen as one or two full GCs; one per import would be at least three.
    expect(child(true, 3).fullAfterImport).toBeLessThan(3);
  });
});
