import { NetworkError } from "./transport-errors.js";

export type FetchLike = (request: Request) => Promise<Response>;

/**
 * Wraps the configured fetch so that a failure to get any reply becomes a `NetworkError` naming the
 * endpoint (fetch implementations throw a bare `TypeError`). An aborted request rethrows the abort reason
 * unchanged, so that the caller's `AbortError` and the client's `TimeoutError` stay recognisable.
 */
export function transportFetch(fetch: FetchLike): FetchLike {
  return async function fetchWithNetworkErrors(request) {
    try {
      return await fetch(request);
    } catch (error) {
      if (request.signal.aborted) {
        throw request.signal.reason ?? error;
      }
      const reason =
        error instanceof Error ? (error.cause instanceof Error ? error.cause : error).message : String(error);
      throw new NetworkError(`no reply from ${new URL(request.url).origin}: ${reason}`, { cause: error });
    }
  };
}
