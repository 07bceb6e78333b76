import type { CredentialProvider } from "../credentials.js";

/**
 * The signer behind `sigv4()`. Two implementations sit behind the package import `#signer`, chosen by the
 * runtime's export conditions: `node.ts` (the AWS SDK's @smithy/signature-v4 over node:crypto) where the
 * `node` condition holds (Node, Deno, Bun), and `web.ts` (aws4fetch over WebCrypto) everywhere else
 * (browsers, workers). Each was the faster or the smaller where it is used; the client README has the
 * figures. Both produce the same signature for the same request, which `signers.test.ts` checks.
 */
export interface SignerOptions {
  /** The region of the credential scope. */
  readonly region: string;
  /** The SigV4 signing name, e.g. `cloudhsm`. */
  readonly service: string;
  readonly credentials: CredentialProvider;
}

export interface RequestToSign {
  readonly method: string;
  readonly url: URL;
  /** The headers the signature covers (see `signableHeaders`); `host` comes from the URL. */
  readonly headers: Headers;
  readonly body: string | undefined;
  /** The signing time; its date is also the credential scope's. */
  readonly date: Date;
}

/** What signing adds to a request: `authorization`, `x-amz-date` and, with a session token, `x-amz-security-token`. */
export type SignatureHeaders = Readonly<Record<string, string>>;

export type Sign = (request: RequestToSign) => Promise<SignatureHeaders>;

export type CreateSigner = (options: SignerOptions) => Sign;

const SIGNATURE_HEADERS = ["authorization", "x-amz-date", "x-amz-security-token"] as const;

/** The signature headers out of a signed request's headers, by lower-case name. */
export function signatureHeaders(get: (name: string) => string | null | undefined): SignatureHeaders {
  const picked: Record<string, string> = {};
  for (const name of SIGNATURE_HEADERS) {
    const value = get(name);
    if (typeof value === "string") {
      picked[name] = value;
    }
  }
  return picked;
}
