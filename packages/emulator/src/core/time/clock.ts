/**
 * The emulated clock: real time plus an offset, which `advance` adds to (so that a 7-day window passes at once while
 * everything else keeps running). `now()` is epoch seconds with millisecond precision, the wire unit of timestamps.
 */
export interface Clock {
  now(): number;
  /** Moves emulated time forward by `seconds` (≥ 0). */
  advance(seconds: number): void;
  /** Offset of emulated time from real time, in milliseconds (persisted with the state). */
  offsetMs(): number;
  setOffsetMs(ms: number): void;
}

export interface ClockOptions {
  /** Emulated time (epoch seconds) at creation; default: real time. */
  startTime?: number;
  /** Source of real time in milliseconds; default Date.now. */
  realTimeMs?: () => number;
}

export function createClock(options: ClockOptions = {}): Clock {
  const real = options.realTimeMs ?? Date.now;
  let offset = options.startTime === undefined ? 0 : options.startTime * 1000 - real();
  return {
    now: () => Math.round(real() + offset) / 1000,
    advance(seconds) {
      offset += Math.round(seconds * 1000);
    },
    offsetMs: () => offset,
    setOffsetMs(ms) {
      offset = ms;
    },
  };
}
