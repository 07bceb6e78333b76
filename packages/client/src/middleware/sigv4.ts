import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import type { Middleware } from "openapi-fetch";
import type { CredentialProvider } from "../credentials.js";
import { bodyTextOf } from "./body-text.js";

/** SigV4 signing name of CloudHSM v2 (`signingName` in AWS's model); the host prefix `cloudhsmv2` is not it. */
export const SIGNING_NAME = "cloudhsm";

export interface Sigv4Options {
  /** The region of the credential scope; a client talks to one region. */
  region: string;
  credentials: CredentialProvider;
  /** Defaults to `cloudhsm`. Endpoints such as emulators give no hint, so it is never guessed from the host. */
  service?: string;
  /** The signing clock; defaults to the system clock. */
  now?: () => Date;
}

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return query;
}

/**
 * Signs each request with AWS Signature Version 4 (the AWS SDK's own signer), over the final method,
 * path, headers and body, adding `Authorization`, `X-Amz-Date` (and `X-Amz-Security-Token`) to the request.
 * Register it last: openapi-fetch runs `onRequest` in registration order, and any change after signing
 * would invalidate the signature. `Host` is signed but not set on the `Request`; fetch derives the same
 * value from the URL.
 *
 * @example
 * raw.use(awsJson(), sigv4({ region: "eu-west-1", credentials: async () => keys }));
 */
export function sigv4({
  region,
  credentials,
  service = SIGNING_NAME,
  now = () => new Date(),
}: Sigv4Options): Middleware {
  // No x-amz-content-sha256 header: only S3 needs it, and botocore does not send it to JSON services.
  const signer = new SignatureV4({
    service,
    region,
    credentials,
    sha256: Sha256,
    uriEscapePath: true,
    applyChecksum: false,
  });
  return {
    async onRequest({ request }) {
      const url = new URL(request.url);
      const body = await bodyTextOf(request);
      const headers: Record<string, string> = { host: url.host };
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      const signed = await signer.sign(
        {
          method: request.method,
          protocol: url.protocol,
          hostname: url.hostname,
          port: url.port === "" ? undefined : Number(url.port),
          path: url.pathname,
          query: queryOf(url),
          headers,
          body,
        },
        { signingDate: now() },
      );
      // Signed in place: the body is untouched and only headers are added or replaced (a stale
      // Authorization, say), so no new Request is needed.
      for (const [name, value] of Object.entries(signed.headers)) {
        if (name !== "host") {
          request.headers.set(name, value);
        }
      }
    },
  };
}
