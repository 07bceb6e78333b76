/**
 * Choices the emulator makes where AWS's behaviour is undocumented (cloudhsmv2-api.md §7 "UNDOC",
 * observed-aws-behaviour.md "NONE"/"low"): How long transitions take in the `aws` timing profile. Kept beside the code
 * they steer; the package README lists each as `UNDOC.<name>` under "Undocumented behaviour".
 */
export const TIMING_CHOICES = {
  /** Seconds of emulated time each asynchronous transition takes in the `aws` timing profile
   * (src/services/cloudhsmv2/timings/profiles.ts). Durations are observed (observed-aws-behaviour.md §7.4); backup creation and copy
   * duration are unobserved: chosen. */
  awsDelays: {
    backupCreate: 60,
    copy: 300,
    clusterCreate: 240,
    clusterInitialize: 60,
    clusterDelete: 110,
    hsmCreate: 300,
    hsmDelete: 100,
  },
} as const;
