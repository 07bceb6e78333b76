/** Thrown for a bad flag, environment variable or config file; the CLI prints the message and exits 2. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const REGION = /^[a-z]{2}(-(gov))?-(east|west|north|south|central){1,2}-\d$/;
const ACCOUNT_ID = /^\d{12}$/;

/** Small validators that name the offending key, what was expected and what was found. */
export function describeValue(value: unknown): string {
  if (value === undefined) {
    return "nothing";
  }
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

export function expectObject(where: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigError(`${where} must be an object, got ${describeValue(value)}`);
  }
  return value as Record<string, unknown>;
}

export function expectString(where: string, value: unknown, pattern?: RegExp, what?: string): string {
  if (typeof value !== "string" || value === "" || (pattern && !pattern.test(value))) {
    throw new ConfigError(`${where} must be ${what ?? "a non-empty string"}, got ${describeValue(value)}`);
  }
  return value;
}

export function expectBoolean(where: string, value: unknown): boolean {
  if (typeof value !== "boolean") {
    throw new ConfigError(`${where} must be true or false, got ${describeValue(value)}`);
  }
  return value;
}

export function expectPositiveInteger(where: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) {
    throw new ConfigError(`${where} must be a positive integer, got ${describeValue(value)}`);
  }
  return value;
}

export function expectRegion(where: string, value: unknown): string {
  return expectString(where, value, REGION, "a CloudHSM region name such as us-east-1 or us-gov-west-1");
}

/** The run id is the value of the tag put on every resource a run creates, so it must be a valid tag value. */
export function expectRunId(where: string, value: unknown): string {
  return expectString(
    where,
    value,
    /^[A-Za-z0-9._:/=+@-]{1,200}$/,
    "a tag value of 1 to 200 letters, digits or ._:/=+@-",
  );
}

export function expectAccountId(where: string, value: unknown): string {
  return expectString(where, value, ACCOUNT_ID, "a 12-digit account id");
}

export function expectUrl(where: string, value: unknown): string {
  const text = expectString(where, value, undefined, "an http(s) URL such as http://127.0.0.1:4566");
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(`${where} must be an http(s) URL such as http://127.0.0.1:4566, got ${describeValue(value)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`${where} must be an http(s) URL such as http://127.0.0.1:4566, got ${describeValue(value)}`);
  }
  return text;
}

/** A list given as an array (config) or a comma-separated string (flags, environment), each item one of `allowed`. */
export function expectList<T extends string>(where: string, value: unknown, allowed: readonly T[]): T[] {
  const items = typeof value === "string" ? value.split(",").map((s) => s.trim()) : value;
  if (!Array.isArray(items) || items.length === 0) {
    throw new ConfigError(`${where} must be a non-empty list of ${allowed.join(", ")}, got ${describeValue(value)}`);
  }
  for (const item of items) {
    if (!allowed.includes(item as T)) {
      throw new ConfigError(`${where}: ${describeValue(item)} is not one of ${allowed.join(", ")}`);
    }
  }
  return items as T[];
}

/** Rejects keys that are not in `known` (keys starting with `$comment` or `//` are comments). */
export function rejectUnknownKeys(where: string, value: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key) && !key.startsWith("$comment") && !key.startsWith("//")) {
      throw new ConfigError(`${where}: unknown key "${key}" (expected one of ${known.join(", ")})`);
    }
  }
}
