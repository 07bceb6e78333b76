import { show } from "../harness/context.js";
import { CheckFailed } from "../harness/failure.js";

/** Small assertions that fail a check with a message naming what was expected and what was seen. */
export function expectEqual<T>(what: string, actual: T, expected: T): void {
  if (!Object.is(actual, expected)) {
    throw new CheckFailed(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

export function expectTrue(what: string, condition: boolean, seen?: unknown): void {
  if (!condition) {
    throw new CheckFailed(seen === undefined ? what : `${what} (seen: ${show(seen)})`);
  }
}

export function expectDefined<T>(what: string, value: T | undefined | null): T {
  if (value === undefined || value === null) {
    throw new CheckFailed(`${what}: missing`);
  }
  return value;
}

/** Compares two tag lists as key → value maps (order does not matter; duplicates fail). */
export function expectSameTags(
  what: string,
  actual: readonly { Key: string; Value: string }[] | undefined,
  expected: readonly { Key: string; Value: string }[],
): void {
  const norm = (list: readonly { Key: string; Value: string }[]) => [...list].map((t) => `${t.Key}=${t.Value}`).sort();
  const a = norm(actual ?? []);
  const e = norm(expected);
  if (a.length !== e.length || a.some((v, i) => v !== e[i])) {
    throw new CheckFailed(`${what}: expected tags ${show(e)}, got ${show(a)}`);
  }
}

/** Accepts timestamps within `tolerance` seconds of each other. */
export function expectClose(what: string, actual: number | undefined, expected: number, tolerance: number): void {
  if (typeof actual !== "number" || Math.abs(actual - expected) > tolerance) {
    throw new CheckFailed(`${what}: expected ${expected} ± ${tolerance}s, got ${show(actual)}`);
  }
}
