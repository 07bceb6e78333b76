// Headers SigV4 signers leave out because proxies and browsers may add, drop or rewrite them on the way
// (the AWS SDK's list, `ALWAYS_UNSIGNABLE_HEADERS` of @smithy/signature-v4, plus its proxy- and sec- prefixes).
const UNSIGNABLE = new Set([
  "authorization",
  "cache-control",
  "connection",
  "expect",
  "from",
  "keep-alive",
  "max-forwards",
  "pragma",
  "referer",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "user-agent",
  "x-amzn-trace-id",
]);
const UNSIGNABLE_PREFIX = /^(?:proxy|sec)-/;

/** The headers of a request that its signature covers, as the AWS SDKs choose them. */
export function signableHeaders(headers: Headers): Headers {
  const signable = new Headers();
  headers.forEach((value, name) => {
    if (!UNSIGNABLE.has(name) && !UNSIGNABLE_PREFIX.test(name)) {
      signable.set(name, value);
    }
  });
  return signable;
}
