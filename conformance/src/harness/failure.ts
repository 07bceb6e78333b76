/** Thrown when a check's needs cannot be met by the target: the check is reported as skipped with the reason. */
export class CheckSkipped extends Error {
  override name = "CheckSkipped";
}

/** Thrown when the target does not behave as the check's documents say. */
export class CheckFailed extends Error {
  override name = "CheckFailed";
}

/**
 * Thrown when a fixture a check needs could not be made (a copy that never became READY, a cluster that never became
 * ACTIVE): the check is reported as blocked by it, with the fixture's evidence, and so is every later check that
 * needs the same fixture — at once, instead of each waiting out its own deadline.
 */
export class FixtureBlocked extends Error {
  override name = "FixtureBlocked";
  constructor(
    readonly fixture: string,
    readonly evidence: string,
  ) {
    super(`blocked by the fixture "${fixture}", which could not be made: ${evidence}`);
  }
}

export function fail(message: string): never {
  throw new CheckFailed(message);
}

export function skip(reason: string): never {
  throw new CheckSkipped(reason);
}
