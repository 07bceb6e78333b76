import { readRequestId } from "./errors/error-code.js";
import type { ResponseMetadata } from "./errors/service-error.js";
import { toServiceError } from "./errors/to-service-error.js";
import { type BackoffOptions, backoffDelay } from "./retry/backoff.js";
import { isRetryable } from "./retry/is-retryable.js";
import { sleep } from "./retry/sleep.js";
import { attemptSignal } from "./transport/attempt-signal.js";

/** Per-call options of every operation method and of `send`. */
export interface CallOptions {
  /** Aborts the call, including any wait between retries; the call rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

export interface InvokeConfig extends BackoffOptions {
  readonly maxAttempts: number;
  readonly timeoutMs: number | undefined;
}

/** openapi-fetch's `POST`, seen without the per-path typing (the typed layer sits above this). */
export type Post = (
  path: string,
  init: { body: unknown; signal: AbortSignal | undefined },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export type WithMetadata<T> = T & { $metadata: ResponseMetadata };

/**
 * One API call: POSTs `input` to the operation's path through the middleware (so each attempt is signed
 * afresh), retries what `isRetryable` allows with backoff, and returns the output with `$metadata` or
 * throws a `CloudHsmV2ServiceError`, a `NetworkError`, a `TimeoutError` or the caller's abort reason.
 */
export async function invoke(
  post: Post,
  path: string,
  input: unknown,
  config: InvokeConfig,
  options: CallOptions = {},
): Promise<WithMetadata<Record<string, unknown>>> {
  let totalRetryDelay = 0;
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    const scope = attemptSignal(options.signal, config.timeoutMs);
    let failure: unknown;
    try {
      const { data, error, response } = await post(path, { body: input ?? {}, signal: scope.signal });
      const attempts = { attempts: attempt, totalRetryDelay };
      if (response.ok) {
        const $metadata = { httpStatusCode: response.status, requestId: readRequestId(response.headers), ...attempts };
        return { ...(data as Record<string, unknown> | undefined), $metadata };
      }
      failure = toServiceError(response, error, attempts);
    } catch (error) {
      failure = error;
    } finally {
      scope.dispose();
    }
    if (options.signal?.aborted) {
      throw options.signal.reason;
    }
    if (attempt >= config.maxAttempts || !isRetryable(failure)) {
      throw failure;
    }
    const delay = backoffDelay(attempt - 1, config);
    totalRetryDelay += delay;
    await sleep(delay, options.signal);
  }
}
