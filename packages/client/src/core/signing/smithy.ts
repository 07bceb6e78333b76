import { SignatureV4 } from "@smithy/signature-v4";
import { type CreateSigner, signatureHeaders } from "./signer.js";

/** The hash @smithy/signature-v4 takes as `sha256`: SHA-256, or HMAC-SHA-256 when given a secret. */
export type Sha256Constructor = new (
  secret?: string | ArrayBuffer | ArrayBufferView,
) => {
  update(data: Uint8Array): void;
  digest(): Promise<Uint8Array>;
  reset(): void;
};

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return query;
}

/** SigV4 with the AWS SDK's own signer over the given SHA-256. */
export function smithySigner(sha256: Sha256Constructor): CreateSigner {
  return ({ region, service, credentials }) => {
    // No x-amz-content-sha256 header: only S3 needs it, and botocore does not send it to JSON services.
    const signer = new SignatureV4({ service, region, credentials, sha256, uriEscapePath: true, applyChecksum: false });
    return async function signWithSmithy({ method, url, headers, body, date }) {
      const headerBag: Record<string, string> = { host: url.host };
      headers.forEach((value, name) => {
        headerBag[name] = value;
      });
      const signed = await signer.sign(
        {
          method,
          protocol: url.protocol,
          hostname: url.hostname,
          port: url.port === "" ? undefined : Number(url.port),
          path: url.pathname,
          query: queryOf(url),
          headers: headerBag,
          body,
        },
        { signingDate: date },
      );
      return signatureHeaders((name) => signed.headers[name]);
    };
  };
}
