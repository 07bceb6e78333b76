import type { Middleware } from "openapi-fetch";
import { createSigner } from "#signer";
import type { CredentialProvider } from "../credentials.js";
import { signableHeaders } from "../signing/signable-headers.js";
import { bodyTextOf } from "./body-text.js";

export interface Sigv4MiddlewareOptions {
  /** The region of the credential scope; a client talks to one region. */
  region: string;
  credentials: CredentialProvider;
  /** The service's signing name, from its descriptor in the spec. Emulator hosts give no hint, so it is never guessed. */
  service: string;
  /** The signing clock; defaults to the system clock. */
  now?: () => Date;
}

/**
 * Signs each request with AWS Signature Version 4 over the final method, path, headers and body, adding
 * `Authorization`, `X-Amz-Date` (and `X-Amz-Security-Token`) to the request. The signer is the AWS SDK's
 * own over node:crypto under Node, and aws4fetch's over WebCrypto in browsers and workers (`signing/`).
 * Register it last: openapi-fetch runs `onRequest` in registration order, and any change after signing
 * would invalidate the signature. `Host` is signed but not set on the `Request`; fetch derives the same
 * value from the URL.
 *
 * @example
 * raw.use(awsJson(), sigv4Middleware({ region: "eu-west-1", service: "cloudhsm", credentials: async () => keys }));
 */
export function sigv4Middleware({
  region,
  credentials,
  service,
  now = () => new Date(),
}: Sigv4MiddlewareOptions): Middleware {
  const sign = createSigner({ region, service, credentials });
  return {
    async onRequest({ request }) {
      const signature = await sign({
        method: request.method,
        url: new URL(request.url),
        headers: signableHeaders(request.headers),
        body: await bodyTextOf(request),
        date: now(),
      });
      // Signed in place: the body is untouched and only headers are added or replaced (a stale
      // Authorization, say), so no new Request is needed.
      for (const [name, value] of Object.entries(signature)) {
        request.headers.set(name, value);
      }
    },
  };
}
