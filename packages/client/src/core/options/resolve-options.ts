import { type CredentialProvider, toCredentialProvider } from "../credentials.js";
import { resolveServiceEndpoint } from "../endpoint/resolve-endpoint.js";
import type { ServiceBinding } from "../service-binding.js";
import type { FetchLike } from "../transport/transport-fetch.js";
import { OPTION_NAMES, type ServiceClientOptions } from "./client-options.js";
import { ConfigurationError, describeValue } from "./configuration-error.js";

/** The options after validation and defaults; what the client runs on. */
export interface ResolvedConfig {
  readonly region: string;
  readonly endpoint: string;
  readonly credentials: CredentialProvider;
  /** The `fetch` option; undefined means `globalThis.fetch`. */
  readonly fetch: FetchLike | undefined;
  readonly maxAttempts: number;
  readonly timeoutMs: number | undefined;
  readonly retryBaseDelayMs: number;
  readonly retryMaxDelayMs: number;
}

// A region is one DNS label of the endpoint host; anything else would build a wrong or hostile URL.
const REGION = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

type Fail = (option: string, expected: string, value: unknown) => never;

function number(
  fail: Fail,
  option: string,
  value: unknown,
  fallback: number | undefined,
  min: number,
  integer = false,
) {
  if (value === undefined) {
    return fallback;
  }
  const expected = `${integer ? "an integer" : "a finite number"} ≥ ${min}`;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    fail(option, expected, value);
  }
  return value;
}

function flag(fail: Fail, option: string, value: unknown): boolean {
  if (value !== undefined && typeof value !== "boolean") {
    fail(option, "a boolean", value);
  }
  return value === true;
}

function endpointOf(fail: Fail, value: unknown): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  const text = value instanceof URL ? value.href : value;
  const url = typeof text === "string" ? parseUrl(text) : undefined;
  if (url === undefined) {
    fail("endpoint", 'an absolute http(s) URL such as "http://127.0.0.1:4566"', value);
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.search !== "" || url.hash !== "") {
    fail("endpoint", "an http: or https: URL without query or fragment", value);
  }
  // Without the trailing slash, as openapi-fetch joins it with "/#X-Amz-Target=…".
  return url.href.replace(/\/$/, "");
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** Validates every option, with messages that say what was wrong and what was expected, and applies defaults. */
export function resolveOptions(
  options: ServiceClientOptions,
  service: Pick<ServiceBinding, "clientName" | "endpointPrefix">,
): ResolvedConfig {
  const { clientName } = service;
  const fail: Fail = (option, expected, value) => {
    throw new ConfigurationError(`${clientName}: option "${option}" must be ${expected}; got ${describeValue(value)}`);
  };
  if (typeof options !== "object" || options === null) {
    throw new ConfigurationError(`${clientName}: expected an options object; got ${describeValue(options)}`);
  }
  const unknown = Object.keys(options).filter((key) => !(OPTION_NAMES as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `${clientName}: unknown option ${unknown.map((k) => `"${k}"`).join(", ")}; the options are ${OPTION_NAMES.join(", ")}`,
    );
  }
  const { region, credentials } = options;
  const { fetch } = options;
  if (typeof region !== "string" || !REGION.test(region)) {
    fail("region", 'an AWS Region name such as "us-east-1"', region);
  }
  if (credentials === undefined) {
    fail(
      "credentials",
      "{ accessKeyId, secretAccessKey } or a function returning them (in Node, fromNodeProviderChain() from @cloudhsm-kit/client/node)",
      credentials,
    );
  }
  if (fetch !== undefined && typeof fetch !== "function") {
    fail("fetch", "a function (request: Request) => Promise<Response>", fetch);
  }
  const retryBaseDelayMs = number(fail, "retryBaseDelayMs", options.retryBaseDelayMs, 100, 0) as number;
  const retryMaxDelayMs = number(fail, "retryMaxDelayMs", options.retryMaxDelayMs, 20_000, retryBaseDelayMs) as number;
  const { url } = resolveServiceEndpoint(service.endpointPrefix, {
    region,
    endpoint: endpointOf(fail, options.endpoint),
    useFipsEndpoint: flag(fail, "useFipsEndpoint", options.useFipsEndpoint),
    useDualstackEndpoint: flag(fail, "useDualstackEndpoint", options.useDualstackEndpoint),
  });
  return {
    region,
    endpoint: url,
    credentials: toCredentialProvider(credentials),
    fetch,
    maxAttempts: number(fail, "maxAttempts", options.maxAttempts, 3, 1, true) as number,
    timeoutMs: number(fail, "timeoutMs", options.timeoutMs, undefined, 1),
    retryBaseDelayMs,
    retryMaxDelayMs,
  };
}
