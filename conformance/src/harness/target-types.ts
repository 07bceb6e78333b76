export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The regions a run uses; each is optional beyond the primary (a missing one skips the checks that need it). */
export interface RegionPlan {
  primary: string;
  second?: string;
  govEast?: string;
  govWest?: string;
  china?: string;
}

export interface Timing {
  /** Real-time interval between polls. */
  pollIntervalMs: number;
  /** How long a state change may take before the check fails. */
  transitionTimeoutMs: number;
}

export const EMULATOR_TIMING: Timing = { pollIntervalMs: 50, transitionTimeoutMs: 10_000 };
export const AWS_TIMING: Timing = { pollIntervalMs: 15_000, transitionTimeoutMs: 45 * 60_000 };
