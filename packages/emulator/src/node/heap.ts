import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * V8's heap as a long-running emulator server wants it; for the CLI's process only, since these are process-wide
 * settings a library must not make for its host.
 *
 * - The young generation stays at its starting size (two 1 MiB semi-spaces) instead of growing to 32 MiB: a server
 *   whose requests leave only short-lived garbage does not need more, and the memory is the host's.
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
  setFlagsFromString("--semi-space-growth-factor=1");
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
