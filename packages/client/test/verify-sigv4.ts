import { createHash, createHmac } from "node:crypto";
import type { RecordedRequest } from "./local-server.js";

export interface SigV4Check {
  /** The signature the request carries. */
  readonly actual: string;
  /** The signature computed here from the request as received. */
  readonly expected: string;
  readonly accessKeyId: string;
  /** `date/region/service/aws4_request` */
  readonly scope: string;
  readonly signedHeaders: readonly string[];
}

const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/;

function sha256Hex(data: string): string {
  return createHash("sha256").update(data, "utf8").digest("hex");
}

/** SigV4's URI encoding: every byte but the unreserved characters, as %XX in upper case. */
const uriEncode = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The canonical query string: each name and value decoded, URI-encoded, and the pairs sorted. */
function canonicalQuery(query: string): string {
  if (query === "") {
    return "";
  }
  const decode = (part: string) => decodeURIComponent(part.replace(/\+/g, " "));
  return query
    .split("&")
    .map((pair) => pair.split("=").map((part) => uriEncode(decode(part))))
    .sort(([a = "", x = ""], [b = "", y = ""]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([name, value = ""]) => `${name}=${value}`)
    .join("&");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

/**
 * Recomputes a SigV4 signature from what a server received, independently of the signer under test:
 * the canonical request, the string to sign and the HMAC key chain, written out from AWS's description
 * of Signature Version 4: each path segment URI-encoded once more (services other than S3), the query's pairs
 * encoded and sorted.
 */
export function checkSigV4(request: RecordedRequest, secretAccessKey: string): SigV4Check {
  const match = AUTHORIZATION.exec(String(request.headers.authorization));
  if (!match) {
    throw new Error(`not a SigV4 Authorization header: ${request.headers.authorization}`);
  }
  const [, accessKeyId = "", scope = "", signedHeaderList = "", actual = ""] = match;
  const signedHeaders = signedHeaderList.split(";");
  const canonicalHeaders = signedHeaders
    .map(
      (name) =>
        `${name}:${String(request.headers[name] ?? "")
          .trim()
          .replace(/\s+/g, " ")}\n`,
    )
    .join("");
  const [path = "", query = ""] = request.url.split("?");
  const canonicalRequest = [
    request.method,
    path.split("/").map(uriEncode).join("/"),
    canonicalQuery(query),
    canonicalHeaders,
    signedHeaderList,
    sha256Hex(request.body),
  ].join("\n");
  const amzDate = String(request.headers["x-amz-date"]);
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const [date = "", region = "", service = ""] = scope.split("/");
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), service), "aws4_request");
  const expected = createHmac("sha256", signingKey).update(stringToSign, "utf8").digest("hex");
  return { actual, expected, accessKeyId, scope, signedHeaders };
}
