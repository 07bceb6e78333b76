import { bodyTextOf } from "../middleware/body-text.js";

/**
 * The fetch used when none is configured: `globalThis.fetch`, called with the URL and an init rather than
 * the `Request`. Given a `Request` with a body, undici (Node's fetch) pipes the body through a
 * TransformStream and writes it as an iterable, which measurably slows every call; a string body is
 * written at once. Looked up per call, so that a fetch replaced later (instrumentation) is used.
 */
export async function defaultFetch(request: Request): Promise<Response> {
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await bodyTextOf(request);
  return globalThis.fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
    redirect: request.redirect,
  });
}
