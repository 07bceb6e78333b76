import { TimeoutError } from "./transport-errors.js";

export interface AttemptSignal {
  readonly signal: AbortSignal | undefined;
  /** Stops the timer and unhooks from the caller's signal; call when the attempt is over. */
  dispose(): void;
}

/**
 * The signal for one HTTP attempt: aborted by the caller's signal (with the caller's reason) or, after
 * `timeoutMs`, with a `TimeoutError`. Built from an `AbortController` and `setTimeout`, which every runtime has.
 */
export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number | undefined): AttemptSignal {
  if (timeoutMs === undefined) {
    // Nothing to add to the caller's signal; an AbortController per call is measurable in Node.
    return { signal: caller, dispose() {} };
  }
  const controller = new AbortController();
  const forward = () => controller.abort(caller?.reason);
  if (caller?.aborted) {
    forward();
  }
  caller?.addEventListener("abort", forward, { once: true });
  const timer = setTimeout(
    () => controller.abort(new TimeoutError(`no reply within timeoutMs (${timeoutMs} ms)`)),
    timeoutMs,
  );
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener("abort", forward);
    },
  };
}
