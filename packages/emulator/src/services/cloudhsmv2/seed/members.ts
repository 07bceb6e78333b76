import { quote } from "../../../core/options/option-error.js";
import { isServedRegion } from "../domain/partitions.js";

/** Where a fixture is made when no region is named (the account defaults as for a call: core/protocol/sigv4.ts). */
export const DEFAULT_FIXTURE_REGION = "us-east-1";

/**
 * Checks of the members the fixture route and the seed document share. Each returns what is wrong, naming the
 * member (`at`) and what was expected, or undefined.
 */
export const regionProblem = (value: unknown, at: string): string | undefined =>
  typeof value === "string" && isServedRegion(value)
    ? undefined
    : `${at} must be a region CloudHSM serves, e.g. "us-east-1"; got ${quote(value)}`;

export const accountProblem = (value: unknown, at: string): string | undefined =>
  typeof value === "string" && /^\d{12}$/.test(value)
    ? undefined
    : `${at} must be an AWS account ID of 12 digits, e.g. "111122223333"; got ${quote(value)}`;

export const countProblem = (value: unknown, at: string, min: number, max: number): string | undefined =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max
    ? undefined
    : `${at} must be an integer from ${min} to ${max}; got ${quote(value)}`;

/** The first member of `value` not in `members`, as a problem. */
export function unknownMemberProblem(value: Record<string, unknown>, members: readonly string[], at: string) {
  const unknown = Object.keys(value).find((k) => !members.includes(k));
  return unknown === undefined
    ? undefined
    : `${at} has an unknown member ${quote(unknown)}; the members are ${members.join(", ")}`;
}
