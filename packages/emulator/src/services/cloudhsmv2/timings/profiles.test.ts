import { describe, expect, it } from "vitest";
import { DEFAULT_TIMING_PROFILE, DELAY_NAMES, TIMING_PROFILES, ZERO_DELAYS } from "./profiles.js";
import { TIMING_CHOICES } from "./timing-choices.js";

describe("timing profiles", () => {
  it("name every delay, and nothing else", () => {
    for (const delays of [...Object.values(TIMING_PROFILES), ZERO_DELAYS]) {
      expect(Object.keys(delays).sort()).toEqual([...DELAY_NAMES].sort());
    }
    expect(TIMING_PROFILES.aws).toEqual(TIMING_CHOICES.awsDelays);
    expect(DEFAULT_TIMING_PROFILE).toBe("fast");
  });

  it("fast is AWS's durations divided by 100, rounded up: every intermediate state lasts a second or more", () => {
    for (const name of DELAY_NAMES) {
      expect(TIMING_PROFILES.fast[name], name).toBe(Math.ceil(TIMING_PROFILES.aws[name] / 100));
      expect(TIMING_PROFILES.fast[name], name).toBeGreaterThanOrEqual(1);
    }
  });

  it("fast completes the longest chain a user waits through inside one 20-second wait", () => {
    const f = TIMING_PROFILES.fast;
    // CreateCluster → CreateHsm → InitializeCluster → activation backup → copy of it.
    const chain = f.clusterCreate + f.hsmCreate + f.clusterInitialize + f.backupCreate + f.copy;
    expect(chain).toBeLessThanOrEqual(15); // with room for the 0.2-s polls and a slow machine
    expect(Math.max(...Object.values(f))).toBeLessThanOrEqual(3);
  });
});
