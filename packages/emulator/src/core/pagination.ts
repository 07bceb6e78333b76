import { createHmac } from "node:crypto";
import { crc32 } from "node:zlib";
import { deepFreeze } from "./protocol/deep-freeze.js";
import { RecentValues } from "./recent-values.js";

/**
 * Opaque NextTokens (model: string ≤ 256, "opaque"). A token carries the position (the last key returned, never an
 * offset, so backups added or removed between pages do not shift the listing) and a fingerprint of the request it
 * belongs to; a CRC-32 tag makes accidental damage detectable. A key could not make it more than that (this is open
 * source, any key is public), so a token can be forged: its position is checked in full, and a bad one is refused like
 * any other bad token. Anything that does not verify decodes to undefined; the service says which error that is
 * (CloudHSM: ../services/cloudhsmv2/domain/page-tokens.ts).
 */
const KEY = "cloudhsm-kit-emulator/next-token/v1";
/** A page costs two tags (the token it reads, the one it writes): a CRC is ~0.2 µs where an HMAC was ~2.5 µs. */
const tag = (body: string) => crc32(body, KEY_CRC).toString(36);
const KEY_CRC = crc32(KEY);

export function encodeToken(kind: string, fingerprint: string, position: unknown): string {
  const json = JSON.stringify({ k: kind, f: fingerprint, p: position });
  const known = tokens.recall(json);
  if (known !== undefined) {
    return known;
  }
  const body = Buffer.from(json).toString("base64url");
  const token = `${body}.${tag(body)}`;
  // Frozen: the position is handed out as it is to every request that reads the token back.
  written.keep(token, { k: kind, f: fingerprint, p: deepFreeze(position) });
  return tokens.keep(json, token);
}

/**
 * The tokens written lately, by the JSON they hold. A token is a function of that text alone, and a listing's pages
 * end at the same positions each time it is walked; its base64, tag and record in `written` were ~1 µs of a
 * DescribeBackups request (profiled), the JSON a third of that.
 */
const tokens = new RecentValues<string, string>(1000);

interface TokenContents {
  k: unknown;
  f: unknown;
  p: unknown;
}

/**
 * The tokens written lately, with what each holds. A listing's next request reads back the token its last page wrote
 * (a paginator does nothing else), and what a token holds is a function of its text alone; reading it again (its tag,
 * base64 and JSON) was 3–4% of a DescribeBackups request in the server (profiled). So a token written here is looked
 * up instead of read, and what it holds is then checked like any token's: its listing, its request and its position.
 * Any other text, a changed token included, is read in full.
 */
const written = new RecentValues<string, TokenContents>(1000);

/** Checks a decoded position fully: a token's HMAC key is no secret, so its contents are input like any other. */
export type PositionCheck<P> = (position: unknown) => position is P;

export const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);
export const hasOnly = (v: Record<string, unknown>, ...keys: string[]) =>
  Object.keys(v).length === keys.length && keys.every((k) => Object.hasOwn(v, k));

type SortKeyPrefix = "backup" | "cluster";

function sortKeyCheck(idPrefix: SortKeyPrefix): PositionCheck<{ t: number; i: string }> {
  const id = new RegExp(`^${idPrefix}-[2-7a-zA-Z]{11,16}$`);
  return (p): p is { t: number; i: string } =>
    isObject(p) && hasOnly(p, "t", "i") && Number.isFinite(p.t) && typeof p.i === "string" && id.test(p.i);
}

/** Made once each, not for every page that reads a token. */
const SORT_KEY_CHECKS = { backup: sortKeyCheck("backup"), cluster: sortKeyCheck("cluster") };

/** A sort key `{ t: CreateTimestamp, i: ID }` (DescribeBackups, DescribeClusters), the ID with the given prefix. */
export const isSortKey = (idPrefix: SortKeyPrefix): PositionCheck<{ t: number; i: string }> =>
  SORT_KEY_CHECKS[idPrefix];

/** A ListTags position `{ k: last tag key, n: tags returned so far }`. */

export function decodeToken<P>(
  token: string,
  kind: string,
  fingerprint: string,
  isPosition: PositionCheck<P>,
): P | undefined {
  const parsed = written.recall(token) ?? read(token);
  if (!isObject(parsed) || parsed.k !== kind || parsed.f !== fingerprint || !isPosition(parsed.p)) {
    return undefined;
  }
  return parsed.p;
}

/** What a token's text holds, if its tag verifies and its body is JSON (any JSON: the caller checks it). */
function read(token: string): Partial<TokenContents> | undefined {
  const dot = token.indexOf(".");
  const body = token.slice(0, dot);
  const mac = token.slice(dot + 1);
  if (dot <= 0 || mac === "" || mac.includes(".") || tag(body) !== mac) {
    return undefined;
  }
  try {
    return JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Partial<TokenContents>;
  } catch {
    return undefined;
  }
}

/** A stable fingerprint of the request parameters a token is bound to. */
export function fingerprint(value: unknown): string {
  const text = stableJson(value);
  return fingerprints.get(text, () => createHmac("sha256", KEY).update(text).digest("base64url").slice(0, 12));
}

/** The fingerprints of recent requests' parameters: a listing's pages ask for the same one (an HMAC is ~2 µs). */
const fingerprints = new RecentValues<string, string>(1000);

/** JSON with every object's members in the order of their names, and those undefined left out. Loops, not
 * entries/filter/map: it runs on every page, and made ~2 KB of arrays and closures for a DescribeBackups request. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) {
    let text = "[";
    for (let i = 0; i < value.length; i++) {
      text += `${i > 0 ? "," : ""}${stableJson(value[i])}`;
    }
    return `${text}]`;
  }
  if (value && typeof value === "object") {
    let text = "{";
    // sort() without a comparer orders by UTF-16 code units, as `<` does.
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) {
        text += `${text.length > 1 ? "," : ""}${JSON.stringify(key)}:${stableJson(member)}`;
      }
    }
    return `${text}}`;
  }
  return JSON.stringify(value) ?? "null";
}
