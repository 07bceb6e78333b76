/** Thrown when a check's needs cannot be met by the target: the check is reported as skipped with the reason. */
export class CheckSkipped extends Error {
  override name = "CheckSkipped";
}

/** Thrown when the target does not behave as the check's documents say. */
export class CheckFailed extends Error {
  override name = "CheckFailed";
}

export function fail(message: string): never {
  throw new CheckFailed(message);
}

export function skip(reason: string): never {
  throw new CheckSkipped(reason);
}
