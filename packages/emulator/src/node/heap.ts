import { PerformanceObserver } from "node:perf_hooks";
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * V8's heap as a long-running emulator server wants it; for the CLI's process only, since these are process-wide
 * settings a library must not make for its host.
 *
 * - The young generation grows to 8 MiB (two 4 MiB semi-spaces) and no further, where V8 would take 32 MiB: a
 *   server whose requests leave only short-lived garbage does not need more, and the memory is the host's. Less
 *   would not do: with two 1 MiB semi-spaces (where V8 shrinks it when requests stop) a scavenge came every ~3.5 ms,
 *   more short-lived objects reached the old generation, and the p99 of StartCopyJob + DescribeCopyJob was two to
 *   three times as long.
 * - After a whole state is taken in (a 30 MiB document of 100,000 backups is parsed into some 150 MiB of objects),
 *   one full collection returns that peak to the system: ~185 MiB RSS at 100,000 backups instead of 260–300.
 *
 * V8's memory-saving mode (`--optimize-for-size`) also kept that peak down, but by collecting a large heap in full
 * again and again while requests came in: on the AWS Backup benchmark 9–27 ms pauses about once a second, and half
 * the throughput of ListCopyJobs (README, Performance).
 *
 * Set before the state is loaded. Returns what to call after an import: a full collection once the request that
 * brought the state has been answered and its document dropped.
 */
export function tuneHeapForServer(): () => void {
  holdYoungGeneration(YOUNG_GENERATION_BYTES);
  // `gc` exists only in contexts made after --expose-gc is set: take it from a new one.
  setFlagsFromString("--expose-gc");
  const collect = runInNewContext("gc") as () => void;
  // Imports in quick succession (a test suite resetting the state) share one collection.
  let pending = false;
  return () => {
    if (!pending) {
      pending = true;
      setTimeout(() => {
        pending = false;
        collect();
      }, AFTER_THE_REPLY_MS).unref();
    }
  };
}

/** Long enough for the import's reply to be written and its document let go. */
const AFTER_THE_REPLY_MS = 20;

/** Both semi-spaces of the young generation, as `getHeapSpaceStatistics` reports `new_space`. */
const YOUNG_GENERATION_BYTES = 8 * 2 ** 20;

/**
 * Lets the young generation grow to `bytes` and no further, and grow back after V8 shrinks it (which it does when
 * allocation stops). Node takes a cap (`--max-semi-space-size`) only at start-up; from a running process only the
 * growth factor can be set, and V8 reads it at each growth. So after every collection it is set to 2 while doubling
 * stays within `bytes`, else to 1 (no growth). Never more than 2: V8 may grow the young generation again before
 * this observer runs (in one long synchronous task), and two doublings at most overshoot less than a larger factor.
 */
function holdYoungGeneration(bytes: number): void {
  let factor = 0;
  const setGrowthFactor = () => {
    const next = youngGenerationSize() * 2 <= bytes ? 2 : 1;
    if (next !== factor) {
      factor = next;
      setFlagsFromString(`--semi-space-growth-factor=${next}`);
    }
  };
  setGrowthFactor();
  new PerformanceObserver(setGrowthFactor).observe({ entryTypes: ["gc"] });
}

function youngGenerationSize(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === "new_space")?.space_size ?? 0;
}
