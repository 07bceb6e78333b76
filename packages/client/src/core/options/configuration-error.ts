/** An option or a value from a provider is not what the client needs; the message says what was expected. */
export class ConfigurationError extends TypeError {
  override readonly name = "ConfigurationError";
}

/** A short, safe rendering of a bad value for an error message (never prints a secret in full). */
export function describeValue(value: unknown): string {
  if (typeof value === "string") {
    return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  }
  if (value === null || typeof value !== "object") {
    return typeof value === "function" ? "a function" : String(value);
  }
  return Array.isArray(value) ? "an array" : "an object";
}

/** Checks an optional `signal` option, so that a wrong value fails with a clear message instead of deep inside fetch. */
export function checkSignal(value: unknown, where: string): void {
  if (value !== undefined && !(value instanceof AbortSignal)) {
    throw new ConfigurationError(`${where}: signal must be an AbortSignal when set; got ${describeValue(value)}`);
  }
}
