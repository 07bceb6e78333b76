import { isCloudHsmV2ServiceError } from "@cloudhsm-kit/client";
import { CheckFailed } from "./failure.js";

/** What a check learns from a rejected call: the normalised error name and the HTTP status, never the message. */
export interface ObservedError {
  name: string;
  status: number | undefined;
}

export interface ErrorExpectation {
  /** The accepted error names (after namespace stripping). */
  names: readonly string[];
  /** The accepted HTTP status; defaults to 400. */
  status?: number;
}

/** Reduces whatever a call threw to name + status; anything that is not a service error is re-thrown. */
export function observeError(error: unknown): ObservedError {
  if (isCloudHsmV2ServiceError(error)) {
    return { name: error.name, status: error.$metadata.httpStatusCode };
  }
  throw error;
}

/** Runs `call` and returns the service error it must produce; fails when it succeeds or the error differs. */
export async function expectServiceError(
  what: string,
  call: () => Promise<unknown>,
  expected: ErrorExpectation,
): Promise<ObservedError> {
  let observed: ObservedError;
  try {
    await call();
  } catch (error) {
    observed = observeError(error);
    const status = expected.status ?? 400;
    if (!expected.names.includes(observed.name) || observed.status !== status) {
      throw new CheckFailed(
        `${what}: expected HTTP ${status} with ${expected.names.join(" or ")}, got HTTP ${observed.status ?? "?"} ${observed.name}`,
      );
    }
    return observed;
  }
  throw new CheckFailed(
    `${what}: expected HTTP ${expected.status ?? 400} ${expected.names.join(" or ")}, but the call succeeded`,
  );
}

/** Runs `call` and reports whether it was rejected (with name and status) or accepted (with its output). */
export async function attempt<T>(
  call: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: ObservedError }> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, error: observeError(error) };
  }
}

/** Describes whatever a check threw in one line: error name, HTTP status for service errors, message. */
export function describeError(error: unknown): string {
  if (isCloudHsmV2ServiceError(error)) {
    return `unexpected HTTP ${error.$metadata.httpStatusCode ?? "?"} ${error.name}: ${error.message}`;
  }
  if (error instanceof Error) {
    return error.name === "CheckFailed" || error.name === "AssertionError"
      ? error.message
      : `${error.name}: ${error.message}`;
  }
  return String(error);
}
