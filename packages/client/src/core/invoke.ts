import type { ResponseMetadata } from "./errors/aws-service-error.js";
import { readRequestId } from "./errors/error-code.js";
import { type ErrorFactory, toServiceError } from "./errors/to-service-error.js";
import { checkSignal } from "./options/configuration-error.js";
import { type BackoffOptions, backoffDelay } from "./retry/backoff.js";
import { CLOCK_SKEW_ERROR_CODES, type SigningClock } from "./retry/clock-skew.js";
import { isRetryable } from "./retry/is-retryable.js";
import { sleep } from "./retry/sleep.js";
import { attemptSignal } from "./transport/attempt-signal.js";
import type { SignedPost } from "./transport/signed-post.js";
import { MalformedResponseError } from "./transport/transport-errors.js";

/** Per-call options of every operation method and of `send`. */
export interface CallOptions {
  /** Aborts the call, including any wait between retries; the call rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

export interface InvokeConfig extends BackoffOptions {
  readonly maxAttempts: number;
  readonly timeoutMs: number | undefined;
  /** The clock `sigv4()` signs with; corrected when the service reports clock skew. */
  readonly clock?: SigningClock | undefined;
  /** The service's errors. */
  readonly errorOf: ErrorFactory;
}

export type WithMetadata<T> = T & { $metadata: ResponseMetadata };

type Outcome =
  | { readonly output: WithMetadata<Record<string, unknown>> }
  | { readonly failure: unknown; readonly retryAtOnce: boolean };

async function attempt(
  post: SignedPost,
  target: string,
  body: string,
  config: InvokeConfig,
  signal: AbortSignal | undefined,
  attempts: { attempts: number; totalRetryDelay: number },
): Promise<Outcome> {
  const scope = attemptSignal(signal, config.timeoutMs);
  try {
    const response = await post(target, body, scope.signal);
    // The body is read as text and parsed here, so that a reply that is not JSON becomes a typed error.
    const text = await response.text();
    if (response.ok) {
      const $metadata = { httpStatusCode: response.status, requestId: readRequestId(response.headers), ...attempts };
      return { output: { ...parseOutput(text, target, $metadata), $metadata } };
    }
    const failure = toServiceError(response, parseErrorBody(text), attempts, config.errorOf);
    // A signature the service finds too old or too new will pass once signed with its time.
    const skewed =
      CLOCK_SKEW_ERROR_CODES.has(failure.name) && config.clock?.adjust(response.headers.get("date")) === true;
    return { failure, retryAtOnce: skewed };
  } catch (failure) {
    return { failure, retryAtOnce: false };
  } finally {
    scope.dispose();
  }
}

/** An error reply's body: its JSON when it is JSON, else its text. */
function parseErrorBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function parseOutput(body: string, target: string, $metadata: ResponseMetadata): Record<string, unknown> {
  if (body.trim() === "") {
    return {};
  }
  let parsed: unknown;
  let cause: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    cause = error;
  }
  if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
    return parsed as Record<string, unknown>;
  }
  const start = JSON.stringify(body.trim().replace(/\s+/g, " ").slice(0, 120));
  throw new MalformedResponseError(
    `${target}: HTTP ${$metadata.httpStatusCode} reply is not a JSON object (a body starting ${start})`,
    { $metadata, body, cause },
  );
}

/**
 * One API call: POSTs `input` as JSON to the operation's `target` (each attempt signed afresh), retries
 * what `isRetryable` allows with backoff (and clock skew at once, with the corrected clock), and returns the
 * output with `$metadata` or throws the service's `AwsServiceError`, a `NetworkError`, a `TimeoutError` or the
 * caller's abort reason.
 */
export async function invoke(
  post: SignedPost,
  target: string,
  input: unknown,
  config: InvokeConfig,
  options: CallOptions = {},
): Promise<WithMetadata<Record<string, unknown>>> {
  const signal = options?.signal;
  checkSignal(signal, target);
  const body = JSON.stringify(input ?? {});
  let totalRetryDelay = 0;
  for (let attempts = 1; ; attempts++) {
    signal?.throwIfAborted();
    const outcome = await attempt(post, target, body, config, signal, { attempts, totalRetryDelay });
    if ("output" in outcome) {
      return outcome.output;
    }
    if (signal?.aborted) {
      throw signal.reason;
    }
    if (attempts >= config.maxAttempts || !(outcome.retryAtOnce || isRetryable(outcome.failure))) {
      throw outcome.failure;
    }
    if (!outcome.retryAtOnce) {
      const delay = backoffDelay(attempts - 1, config);
      totalRetryDelay += delay;
      await sleep(delay, signal);
    }
  }
}
