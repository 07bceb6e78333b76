import { Sha256 } from "@aws-crypto/sha256-js";
import { normaliseErrorCode } from "@cloudhsm-kit/client";
import { cloudHsmV2 } from "@cloudhsm-kit/spec";
import { SignatureV4 } from "@smithy/signature-v4";
import { networkFetch } from "./network.js";
import type { Credentials } from "./target-types.js";

/** A request the typed client would never send: any method, path, headers and body, still signed with SigV4. */
export interface RawRequest {
  region: string;
  method?: string;
  path?: string;
  /** The operation for X-Amz-Target (`<TargetPrefix>.<target>`); `null` sends no X-Amz-Target at all. */
  target?: string | null;
  /** The raw X-Amz-Target value, overriding `target`. */
  rawTarget?: string;
  contentType?: string | null;
  body?: string;
  /** The SigV4 signing name (default: CloudHSM v2's), for another service's wire. */
  signingName?: string;
}

export interface RawReply {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
  /** The error code after Smithy sanitising (`X-Amzn-Errortype`, else `code`, else `__type`; `#`/`:` stripped). */
  errorName: string | undefined;
}

export async function sendRaw(
  endpoint: string,
  credentials: () => Promise<Credentials>,
  request: RawRequest,
  fetchImpl: typeof fetch = networkFetch,
): Promise<RawReply> {
  const url = new URL(request.path ?? "/", endpoint);
  const headers: Record<string, string> = { host: url.host };
  const contentType = request.contentType === undefined ? "application/x-amz-json-1.1" : request.contentType;
  if (contentType !== null) {
    headers["content-type"] = contentType;
  }
  const targetValue =
    request.rawTarget ?? (request.target ? `${cloudHsmV2.targetPrefix}.${request.target}` : undefined);
  if (targetValue !== undefined) {
    headers["x-amz-target"] = targetValue;
  }
  const method = request.method ?? "POST";
  const body = request.body;
  const signer = new SignatureV4({
    service: request.signingName ?? cloudHsmV2.signingName,
    region: request.region,
    credentials,
    sha256: Sha256,
  });
  const query: Record<string, string> = {};
  url.searchParams.forEach((v, k) => {
    query[k] = v;
  });
  const signed = await signer.sign({
    method,
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    query,
    headers,
    body,
  });
  const response = await fetchImpl(url, {
    method,
    headers: Object.fromEntries(Object.entries(signed.headers).filter(([k]) => k !== "host")),
    body: method === "GET" || method === "HEAD" ? undefined : body,
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  const record = (json ?? {}) as { __type?: unknown; code?: unknown };
  const rawCode =
    response.headers.get("x-amzn-errortype") ??
    (typeof record.code === "string" ? record.code : undefined) ??
    (typeof record.__type === "string" ? record.__type : undefined);
  return {
    status: response.status,
    headers: response.headers,
    text,
    json,
    errorName: rawCode === undefined ? undefined : normaliseErrorCode(rawCode),
  };
}
