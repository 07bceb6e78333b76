import type { Delays } from "../domain/context.js";
import { TIMING_CHOICES } from "./timing-choices.js";

/**
 * The named timing profiles: seconds of emulated time each asynchronous transition takes. The one home of the
 * emulator's default durations; `timings` (option, `--timings`, `CLOUDHSM_EMULATOR_TIMINGS`) picks one, `delays`
 * and the control API's settings change single values on top.
 *
 * - `aws`: the durations AWS takes (TIMING_CHOICES.awsDelays): a new cluster is CREATE_IN_PROGRESS for 4 minutes, a copy
 *   for 5. For tests that move the emulated clock, or that must see AWS's pace.
 * - `fast` (the default): AWS's durations divided by 100, rounded up to whole seconds. Every transition takes 1 to
 *   3 seconds, so a client polling every 0.2 s sees each intermediate state (CREATE_IN_PROGRESS, …) on several polls,
 *   and the longest chain a user walks — CreateCluster, CreateHsm, InitializeCluster, activation, the activation
 *   backup, a copy of it — completes in 11 seconds, inside the 20-second waits that moto and LocalStack users write.
 */
export const TIMING_PROFILES = {
  fast: {
    backupCreate: 1,
    copy: 3,
    clusterCreate: 3,
    clusterInitialize: 1,
    clusterDelete: 2,
    hsmCreate: 3,
    hsmDelete: 1,
  },
  aws: TIMING_CHOICES.awsDelays,
} as const satisfies Record<string, Delays>;

export type TimingProfileName = keyof typeof TIMING_PROFILES;

export const TIMING_PROFILE_NAMES = Object.keys(TIMING_PROFILES) as TimingProfileName[];

/** The profile used when no `timings` is given. */
export const DEFAULT_TIMING_PROFILE: TimingProfileName = "fast";

/** The names of the delays, in the order the control API lists them. */
export const DELAY_NAMES = Object.keys(TIMING_CHOICES.awsDelays) as (keyof Delays)[];

export const isTimingProfileName = (value: unknown): value is TimingProfileName =>
  typeof value === "string" && Object.hasOwn(TIMING_PROFILES, value);

/** A fresh copy of a profile's delays (settings are changed in place by nobody, but handed out to callers). */
export const profileDelays = (name: TimingProfileName): Delays => ({ ...TIMING_PROFILES[name] });

/** Every delay zero: transitions due at once (the fixture routes build with these). */
export const ZERO_DELAYS: Delays = Object.fromEntries(DELAY_NAMES.map((n) => [n, 0])) as unknown as Delays;
