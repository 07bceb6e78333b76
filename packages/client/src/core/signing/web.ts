import { AwsV4Signer } from "aws4fetch";
import { type CreateSigner, signatureHeaders } from "./signer.js";
import { SigningKeyCache } from "./signing-key-cache.js";

/** `20150830T123600Z`, the SigV4 timestamp form. */
const amzDate = (date: Date) => date.toISOString().replace(/[:-]|\.\d{3}/g, "");

/**
 * SigV4 over WebCrypto (`crypto.subtle`) with aws4fetch's signer: the signer of browsers and workers, where
 * it makes a bundle less than half the size @smithy/signature-v4 does (the client README has the figures).
 */
export const createSigner: CreateSigner = ({ region, service, credentials }) => {
  const cache = new SigningKeyCache();
  return async function signWithAws4fetch({ method, url, headers, body, date }) {
    const keys = await credentials();
    const signer = new AwsV4Signer({
      method,
      url: url.href,
      headers,
      body,
      accessKeyId: keys.accessKeyId,
      secretAccessKey: keys.secretAccessKey,
      sessionToken: keys.sessionToken,
      service,
      region,
      cache,
      datetime: amzDate(date),
      // aws4fetch leaves Content-Type unsigned unless it signs every header it is given; the AWS SDKs sign
      // it, and the headers given are already only the signable ones.
      allHeaders: true,
    });
    const signed = await signer.sign();
    return signatureHeaders((name) => signed.headers.get(name));
  };
};
