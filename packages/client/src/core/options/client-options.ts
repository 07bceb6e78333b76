import type { AwsCredentials, CredentialProvider } from "../credentials.js";

/** Options of a service's client factory, named as in the AWS SDK for JavaScript v3 where it has a name. */
export interface ServiceClientOptions {
  /** The AWS Region, e.g. `eu-west-1`: the SigV4 scope and, without `endpoint`, the endpoint's region. */
  region: string;
  /** Static keys, or a function returning them (called lazily, cached until 5 minutes before expiry). */
  credentials: AwsCredentials | CredentialProvider;
  /** A custom endpoint such as an emulator's `http://127.0.0.1:4566`, used as given. */
  endpoint?: string | URL | undefined;
  /** Use the FIPS endpoint `{endpoint prefix}-fips.{region}…`. Not with `endpoint`. Default `false`. */
  useFipsEndpoint?: boolean | undefined;
  /** Use the dual-stack (IPv6) endpoint `…{region}.api.aws` and the like. Not with `endpoint`. Default `false`. */
  useDualstackEndpoint?: boolean | undefined;
  /** The fetch to send requests with, e.g. an emulator's in-process `fetch`. Default `globalThis.fetch`. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Attempts per call, the first included; `1` turns retries off. Default `3`, as in the AWS SDK. */
  maxAttempts?: number | undefined;
  /** Milliseconds one attempt may take before it is abandoned (and retried). Default: no limit. */
  timeoutMs?: number | undefined;
  /** Upper bound of the first retry's random delay, doubling per retry. Default `100`. */
  retryBaseDelayMs?: number | undefined;
  /** Cap on any retry delay. Default `20000`. */
  retryMaxDelayMs?: number | undefined;
}

export const OPTION_NAMES = [
  "region",
  "credentials",
  "endpoint",
  "useFipsEndpoint",
  "useDualstackEndpoint",
  "fetch",
  "maxAttempts",
  "timeoutMs",
  "retryBaseDelayMs",
  "retryMaxDelayMs",
] as const satisfies readonly (keyof ServiceClientOptions)[];
