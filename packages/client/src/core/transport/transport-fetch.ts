import { NetworkError } from "./transport-errors.js";

export type FetchLike = (request: Request) => Promise<Response>;

/**
 * What a fetch that got no reply throws to the caller: the abort reason unchanged when the request was
 * aborted (so that the caller's `AbortError` and the client's `TimeoutError` stay recognisable), otherwise
 * a `NetworkError` naming the endpoint (fetch implementations throw a bare `TypeError`).
 */
export function transportError(error: unknown, url: string | URL, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) {
    return signal.reason ?? error;
  }
  const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause : error).message : String(error);
  return new NetworkError(`no reply from ${new URL(url).origin}: ${reason}`, { cause: error });
}

/** Wraps the configured fetch so that its failures become what `transportError` says. */
export function transportFetch(fetch: FetchLike): FetchLike {
  return async function fetchWithNetworkErrors(request) {
    try {
      return await fetch(request);
    } catch (error) {
      throw transportError(error, request.url, request.signal);
    }
  };
}
