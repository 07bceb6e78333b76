import { AWS_JSON_1_1 } from "../middleware/aws-json.js";
import type { Sign } from "../signing/signer.js";
import { type FetchLike, transportError } from "./transport-fetch.js";

/** Sends one signed AWS JSON 1.1 call to `target` with `body`, and resolves with the reply. */
export type SignedPost = (target: string, body: string, signal: AbortSignal | undefined) => Promise<Response>;

export interface SignedPostOptions {
  /** The endpoint without a trailing slash; calls go to its path plus `/`. */
  readonly endpoint: string;
  readonly sign: Sign;
  /** The signing clock. */
  readonly now: () => Date;
  /** A custom fetch, handed a `Request`; without one, `globalThis.fetch` is called with the URL and an init. */
  readonly fetch: FetchLike | undefined;
}

/**
 * The request path of the typed methods: `POST /` with `Content-Type: application/x-amz-json-1.1`,
 * `X-Amz-Target` and the body as given, signed, then sent. It builds each request once, without the
 * openapi-fetch and middleware round (a `Request`, read back and rebuilt), and with the default fetch
 * without any `Request` object: in Node each costs tens of microseconds, and undici pipes a `Request`'s
 * body through a stream where a string body is written at once.
 */
export function signedPost({ endpoint, sign, now, fetch }: SignedPostOptions): SignedPost {
  const url = new URL(`${endpoint}/`);
  return async function post(target, body, signal) {
    const headers = new Headers({ "content-type": AWS_JSON_1_1, "x-amz-target": target });
    const signature = await sign({ method: "POST", url, headers, body, date: now() });
    for (const [name, value] of Object.entries(signature)) {
      headers.set(name, value);
    }
    const init = { method: "POST", headers, body, signal };
    try {
      // Looked up per call, so that a global fetch replaced later (instrumentation) is used.
      return await (fetch === undefined ? globalThis.fetch(url, init) : fetch(new Request(url, init)));
    } catch (error) {
      throw transportError(error, url, signal);
    }
  };
}
