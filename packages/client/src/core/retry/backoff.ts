export interface BackoffOptions {
  /** Upper bound of the first retry's delay; doubles with each retry. */
  readonly retryBaseDelayMs: number;
  /** No delay exceeds this. */
  readonly retryMaxDelayMs: number;
}

/**
 * Exponential backoff with full jitter (the AWS Architecture Blog's "Exponential Backoff and Jitter",
 * which the AWS SDKs follow): a uniform random delay in [0, min(max, base · 2^retry)). `retry` counts
 * from 0 for the first retry.
 */
export function backoffDelay(retry: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.retryMaxDelayMs, options.retryBaseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}
