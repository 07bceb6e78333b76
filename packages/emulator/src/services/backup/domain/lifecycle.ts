import { invalidParameter } from "./errors.js";

/** The model's `Lifecycle` as a request gives it (every member optional). */
export interface Lifecycle {
  MoveToColdStorageAfterDays?: number;
  DeleteAfterDays?: number;
  OptInToArchiveForSupportedResources?: boolean;
  DeleteAfterEvent?: string;
}

/** "a maximum value of 100 years (36,500 days)" (model, BackupRuleInput.Lifecycle). */
export const MAX_RETENTION_DAYS = 36_500;
/** "Backups transitioned to cold storage must be stored in cold storage for a minimum of 90 days." (model) */
export const MIN_COLD_DAYS = 90;
/** `-1` for a day count means "keep indefinitely" (API reference, Lifecycle). */
const FOREVER = -1;

const DAY = 86_400;

/**
 * What is wrong with a lifecycle, in the words of AWS's observed error (`Invalid lifecycle. …`), or undefined. The
 * 90-day rule reads the API reference's "at least 90 days after": a gap of exactly 90 days is accepted, as the observed
 * message ("cannot be less than 90 days apart") also says.
 */
export function lifecycleProblem(lifecycle: Lifecycle): string | undefined {
  const { MoveToColdStorageAfterDays: cold, DeleteAfterDays: expire, DeleteAfterEvent } = lifecycle;
  if (DeleteAfterEvent !== undefined) {
    return "Invalid lifecycle. DeleteAfterEvent is not valid as an input";
  }
  if (expire !== undefined && expire !== FOREVER && (expire < 1 || expire > MAX_RETENTION_DAYS)) {
    return `Invalid lifecycle. DeleteAfterDays cannot be less than 1 or more than ${MAX_RETENTION_DAYS} days`;
  }
  if (cold !== undefined && expire !== undefined && cold !== FOREVER && expire !== FOREVER) {
    if (expire - cold < MIN_COLD_DAYS) {
      return `Invalid lifecycle. DeleteAfterDays cannot be less than ${MIN_COLD_DAYS} days apart from MoveToColdStorageAfterDays`;
    }
  }
  return undefined;
}

/** Refuses a lifecycle as AWS does: InvalidParameterValueException, naming the rule when there is one. */
export function checkLifecycle(lifecycle: Lifecycle | undefined, ruleName?: string): void {
  const problem = lifecycle === undefined ? undefined : lifecycleProblem(lifecycle);
  if (problem === undefined) {
    return;
  }
  if (ruleName === undefined) {
    throw invalidParameter(problem);
  }
  throw invalidParameter(`Error in rule ${ruleName} : ${problem}`, JSON.stringify([ruleName, problem]));
}

/** `CalculatedLifecycle` of a recovery point created at `creation` (epoch seconds). */
export interface CalculatedLifecycle {
  MoveToColdStorageAt?: number;
  DeleteAt?: number;
}

/**
 * When a recovery point moves to cold storage and when it expires, counted from its creation date (a copy's is its
 * source's). The cold setting is ignored for resource types that cannot move to cold storage ("Backup ignores this
 * expression for other resource types", model).
 */
export function calculatedLifecycle(
  creation: number,
  lifecycle: Lifecycle | undefined,
  supportsColdStorage: boolean,
): CalculatedLifecycle {
  const at = (days: number | undefined) => (days === undefined || days === FOREVER ? undefined : creation + days * DAY);
  const cold = supportsColdStorage ? at(lifecycle?.MoveToColdStorageAfterDays) : undefined;
  const expire = at(lifecycle?.DeleteAfterDays);
  return {
    ...(cold === undefined ? {} : { MoveToColdStorageAt: cold }),
    ...(expire === undefined ? {} : { DeleteAt: expire }),
  };
}
