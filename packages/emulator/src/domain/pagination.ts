import { createHmac } from "node:crypto";
import { UNDOC_ERRORS } from "./undocumented.js";

/**
 * Opaque NextTokens (model: string ≤ 256, "opaque"). A token carries the position (the last key returned, never an
 * offset, so backups added or removed between pages do not shift the listing) and a fingerprint of the request it
 * belongs to; an HMAC tag makes tampering detectable. Anything that does not verify → 400
 * CloudHsmInvalidRequestException (UNDOC, observed §5 "Emulator").
 */
const KEY = "cloudhsm-kit-emulator/next-token/v1";
const tag = (body: string) => createHmac("sha256", KEY).update(body).digest("base64url").slice(0, 16);

export function encodeToken(kind: string, fingerprint: string, position: unknown): string {
  const body = Buffer.from(JSON.stringify({ k: kind, f: fingerprint, p: position })).toString("base64url");
  return `${body}.${tag(body)}`;
}

export function decodeToken<P>(token: string, kind: string, fingerprint: string): P {
  const [body, mac, extra] = token.split(".");
  if (!body || !mac || extra !== undefined || tag(body) !== mac) {
    throw UNDOC_ERRORS.badToken();
  }
  let parsed: { k?: unknown; f?: unknown; p?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as typeof parsed;
  } catch {
    throw UNDOC_ERRORS.badToken();
  }
  if (parsed.k !== kind || parsed.f !== fingerprint || parsed.p === undefined) {
    throw UNDOC_ERRORS.badToken();
  }
  return parsed.p as P;
}

/** A stable fingerprint of the request parameters a token is bound to. */
export function fingerprint(value: unknown): string {
  return createHmac("sha256", KEY).update(stableJson(value)).digest("base64url").slice(0, 12);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(stableJson).join(",")}]`;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
