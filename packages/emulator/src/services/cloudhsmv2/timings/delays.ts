import { isObject, quote } from "../../../core/options/option-error.js";
import type { Delays } from "../domain/context.js";
import { DELAY_NAMES } from "./profiles.js";

/**
 * The one check of a (partial) delays object, wherever one comes from: the `delays` option, a timings file, the
 * control API's `PUT /settings`. Returns what is wrong, naming the member (`at` is the path of the object), or
 * undefined when every member is a known delay with a number of seconds ≥ 0.
 */
export function delaysProblem(value: unknown, at: string): string | undefined {
  if (!isObject(value)) {
    return `${at} must be an object of seconds, e.g. {"copy": 3}; got ${quote(value)}`;
  }
  for (const [key, seconds] of Object.entries(value)) {
    if (!(DELAY_NAMES as string[]).includes(key)) {
      return `${at} has an unknown delay ${quote(key)}; delays are ${DELAY_NAMES.join(", ")}`;
    }
    if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds < 0) {
      return `${at}.${key} must be a number of seconds ≥ 0; got ${quote(seconds)}`;
    }
  }
  return undefined;
}

/** A delays object that passed `delaysProblem`. */
export const asDelays = (value: unknown): Partial<Delays> => ({ ...(value as Partial<Delays>) });
