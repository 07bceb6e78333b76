import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** The built module, run in a process of its own: its settings are process-wide (skipped before the build). */
const heap = fileURLToPath(new URL("../../dist/node/heap.js", import.meta.url));

/** Runs `script` as an ES module in a child process of its own; its last word is the JSON it prints. */
function inChild<T>(script: string, timeout: number): T {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout);
}

/**
 * Runs a child that (when `tune`) tunes its heap, makes ~100 MiB of garbage, then calls what tuning returned
 * `imports` times in a row; reports the full collections that followed.
 */
function afterImports(tune: boolean, imports = 1): { fullAfterImport: number } {
  const script = `
    import { PerformanceObserver, constants } from "node:perf_hooks";
    const { tuneHeapForServer } = await import(${JSON.stringify(heap)});
    const afterImport = ${tune} ? tuneHeapForServer() : () => {};
    const kept = [];
    for (let i = 0; i < 2e6; i++) { const o = { i, s: "x" + i }; if (i % 10 === 0) kept.push(o); }
    let full = 0;
    new PerformanceObserver((list) => {
      full += list.getEntries().filter((e) => e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR).length;
    }).observe({ entryTypes: ["gc"] });
    for (let i = 0; i < ${imports}; i++) afterImport();
    setTimeout(() => console.log(JSON.stringify({ fullAfterImport: full, kept: kept.length > 0 })), 300);
  `;
  return inChild(script, 20_000);
}

/**
 * Runs a child that (when `tune`) tunes its heap, then makes garbage as a server's requests do (short-lived objects, a
 * tenth kept a while, the event loop turning in between); then lets V8 shrink the young generation (minor
 * collections with nothing allocated in between, as when requests stop); then makes the same garbage again. Reports
 * the young generation's size in MiB after each step.
 */
function youngGeneration(tune: boolean): { grown: number; shrunk: number; regrown: number } {
  const script = `
    import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
    import { runInNewContext } from "node:vm";
    const { tuneHeapForServer } = await import(${JSON.stringify(heap)});
    if (${tune}) tuneHeapForServer();
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc");
    const young = () => getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size / 2 ** 20;
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    const requests = async () => {
      let kept = [];
      for (let r = 0; r < 2000; r++) {
        for (let i = 0; i < 1000; i++) { const o = { i, s: "x" + i }; if (i % 10 === 0) kept.push(o); }
        await turn();
      }
      kept = [];
    };
    await requests();
    const grown = young();
    for (let i = 0; i < 50 && young() >= grown; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      gc({ type: "minor" });
    }
    const shrunk = young();
    await requests();
    console.log(JSON.stringify({ grown, shrunk, regrown: young() }));
  `;
  return inChild(script, 30_000);
}

describe.skipIf(!existsSync(heap))("tuneHeapForServer (dist/node/heap.js; run the build first)", () => {
  it("lets the young generation grow to 8 MiB and no further, where an untuned process grows it beyond", () => {
    expect(youngGeneration(true).grown).toBe(8);
    expect(youngGeneration(false).grown).toBeGreaterThan(8);
  });

  it("grows the young generation back after V8 shrinks it, to at least half of 8 MiB and no more than 8", () => {
    const { shrunk, regrown } = youngGeneration(true);
    expect(shrunk).toBeLessThan(8);
    expect(regrown).toBeGreaterThan(4);
    expect(regrown).toBeLessThanOrEqual(8);
  });

  it("collects the heap in full a moment after a state import, which an untuned process does not", () => {
    expect(afterImports(true).fullAfterImport).toBeGreaterThanOrEqual(1);
    expect(afterImports(false).fullAfterImport).toBe(0);
  });

  it("makes one collection of imports in quick succession", () => {
    // One collection is seen as one or two full GCs; one per import would be at least three.
    expect(afterImports(true, 3).fullAfterImport).toBeLessThan(3);
  });
});
