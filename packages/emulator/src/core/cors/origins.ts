import { OptionError, quote } from "../options/option-error.js";

/**
 * Which browser origins may call the emulator (option `corsOrigins`, `--cors-origins`): `"*"` for any origin, or a
 * list whose entries are origins as a browser sends them (`https://app.example.com`, `http://localhost:5173`) or
 * the word `loopback` — any port of http(s)://localhost, 127.0.0.1 and [::1], the default. An empty list allows no
 * origin. Every refusal is an OptionError("corsOrigins", …) naming the entry and what was expected.
 */
export type CorsOriginsOption = "*" | readonly string[];

export interface CorsPolicy {
  readonly any: boolean;
  readonly loopback: boolean;
  readonly origins: ReadonlySet<string>;
}

export const DEFAULT_CORS_ORIGINS: CorsOriginsOption = ["loopback"];

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Whether an Origin header names a loopback origin over http or https, on any port. */
export function isLoopbackOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (url.protocol === "http:" || url.protocol === "https:") && LOOPBACK_HOSTS.has(url.hostname);
}

export function isAllowedOrigin(policy: CorsPolicy, origin: string): boolean {
  return policy.any || policy.origins.has(origin) || (policy.loopback && isLoopbackOrigin(origin));
}

const fail = (reason: string) => new OptionError("corsOrigins", reason);

/** The policy of a `corsOrigins` option; throws OptionError. */
export function corsPolicy(option: CorsOriginsOption = DEFAULT_CORS_ORIGINS): CorsPolicy {
  if (option === "*") {
    return { any: true, loopback: true, origins: new Set() };
  }
  if (!Array.isArray(option)) {
    throw fail(`expected "*" or a list of origins and "loopback"; got ${quote(option)}`);
  }
  const origins = new Set<string>();
  let loopback = false;
  for (const entry of option) {
    if (entry === "loopback") {
      loopback = true;
    } else {
      origins.add(checkedOrigin(entry));
    }
  }
  return { any: false, loopback, origins };
}

/** The option of `--cors-origins`: `*`, or origins and `loopback` separated by commas. */
export const corsOriginsFromList = (text: string): CorsOriginsOption =>
  text.trim() === "*"
    ? "*"
    : text
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "");

function checkedOrigin(entry: unknown): string {
  const expected = `expected "loopback" or an origin as a browser sends it, scheme://host[:port] (e.g. https://app.example.com)`;
  let url: URL | undefined;
  try {
    url = typeof entry === "string" ? new URL(entry) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw fail(`${expected}; got ${quote(entry)}`);
  }
  if (url.origin !== entry) {
    throw fail(
      `${quote(entry)} is not an origin as a browser sends it (${expected}); did you mean ${quote(url.origin)}?`,
    );
  }
  return entry;
}
