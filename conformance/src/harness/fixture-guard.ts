import { CheckSkipped, FixtureBlocked } from "./failure.js";
import { describeError } from "./service-error.js";
import type { Target } from "./target.js";

/**
 * Builds the fixture `key` (`what`, for the report) unless an earlier attempt in this run failed: a failure is
 * remembered with its evidence, so that every later check needing the same fixture is reported as blocked at once
 * instead of waiting out its own deadline. A skip (the target cannot offer the fixture) is not remembered.
 */
export async function guarded<T>(target: Target, key: string, what: string, build: () => Promise<T>): Promise<T> {
  const earlier = target.blocked.get(key);
  if (earlier !== undefined) {
    throw new FixtureBlocked(what, earlier);
  }
  try {
    return await build();
  } catch (error) {
    if (error instanceof CheckSkipped || error instanceof FixtureBlocked) {
      throw error;
    }
    const evidence = describeError(error);
    target.blocked.set(key, evidence);
    throw new FixtureBlocked(what, evidence);
  }
}
