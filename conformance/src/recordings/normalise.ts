import { REQUEST_ID_MEMBERS, TIMESTAMP_MEMBERS, TOKEN_MEMBERS } from "./members.js";
import {
  parsePlaceholder,
  placeholdersIn,
  type ReferenceKind,
  referenceText,
  type TimestampFormat,
  timestampText,
} from "./placeholders.js";

/**
 * Values inside strings that differ between accounts, regions and runs, found wherever they occur (member values,
 * map keys, ARNs, policy documents, messages). One pattern so that the leftmost match wins: an ENI id that happens
 * to hold twelve digits is an ENI id, not an account.
 */
const PATTERNS: readonly (readonly [ReferenceKind, string])[] = [
  ["certificate", "-----BEGIN [A-Z0-9 ]+-----[\\s\\S]*?-----END [A-Z0-9 ]+-----\\n?"],
  ["backup-id", "(?<![A-Za-z0-9-])backup-[2-7a-zA-Z]{11,16}(?![A-Za-z0-9])"],
  ["cluster-id", "(?<![A-Za-z0-9-])cluster-[2-7a-zA-Z]{11,16}(?![A-Za-z0-9])"],
  ["hsm-id", "(?<![A-Za-z0-9-])hsm-[2-7a-zA-Z]{11,16}(?![A-Za-z0-9])"],
  ["eni-id", "(?<![A-Za-z0-9-])eni-[0-9a-fA-F]{8,17}(?![A-Za-z0-9])"],
  ["subnet-id", "(?<![A-Za-z0-9-])subnet-[0-9a-fA-F]{8,17}(?![A-Za-z0-9])"],
  ["sg-id", "(?<![A-Za-z0-9-])sg-[0-9a-fA-F]{8,17}(?![A-Za-z0-9])"],
  ["vpc-id", "(?<![A-Za-z0-9-])vpc-[0-9a-fA-F]{8,17}(?![A-Za-z0-9])"],
  [
    "region",
    "(?<![A-Za-z0-9-])(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[a-z]?)?-(?:north|south|east|west|central){1,2}-[0-9]{1,2}(?![0-9])",
  ],
  ["account", "(?<![0-9])[0-9]{12}(?![0-9])"],
  ["ip", "(?<![0-9.])[0-9]{1,3}(?:\\.[0-9]{1,3}){3}(?![0-9])"],
];
const GROUP_NAMES = PATTERNS.map((_, i) => `k${i}`);
const SCAN = new RegExp(PATTERNS.map(([, source], i) => `(?<${GROUP_NAMES[i]}>${source})`).join("|"), "g");

/** How a timestamp value is written. */
export function timestampFormatOf(value: number | string): TimestampFormat {
  if (typeof value === "string") {
    return "string";
  }
  if (Number.isInteger(value)) {
    return "epoch-s";
  }
  const text = String(value);
  const fraction = text.includes("e") ? 99 : (text.split(".")[1]?.length ?? 0);
  return fraction <= 3 ? "epoch-ms" : "epoch-fine";
}

const instantOf = (value: number | string): number => (typeof value === "number" ? value : Date.parse(value) / 1000);

const isTimestampValue = (key: string | undefined, value: unknown): value is number | string =>
  key !== undefined && TIMESTAMP_MEMBERS.has(key) && (typeof value === "number" || typeof value === "string");

/** The numbers already taken by placeholders in a document, per kind, so that new ones do not collide. */
function highestNumbers(value: unknown, into: Map<string, number>): void {
  const note = (text: string) => {
    for (const p of placeholdersIn(text)) {
      into.set(p.kind, Math.max(into.get(p.kind) ?? 0, p.n));
    }
  };
  if (typeof value === "string") {
    note(value);
  } else if (Array.isArray(value)) {
    for (const item of value) {
      highestNumbers(item, into);
    }
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      note(k);
      highestNumbers(v, into);
    }
  }
}

/** Ranks every raw timestamp of the document: the earliest is 1; equal instants share a rank. */
function rankTimestamps(value: unknown, firstRank: number): Map<number | string, number> {
  const raw: (number | string)[] = [];
  const collect = (v: unknown, key?: string) => {
    if (isTimestampValue(key, v) && !(typeof v === "string" && parsePlaceholder(v))) {
      raw.push(v);
    } else if (Array.isArray(v)) {
      for (const item of v) {
        collect(item, key);
      }
    } else if (v !== null && typeof v === "object") {
      for (const [k, item] of Object.entries(v)) {
        collect(item, k);
      }
    }
  };
  collect(value);
  const byInstant = new Map<number, number>();
  const known = [...new Set(raw.map(instantOf).filter(Number.isFinite))].sort((a, b) => a - b);
  for (const [i, instant] of known.entries()) {
    byInstant.set(instant, firstRank + i);
  }
  const ranks = new Map<number | string, number>();
  let next = firstRank + known.length;
  for (const v of raw) {
    ranks.set(v, byInstant.get(instantOf(v)) ?? ranks.get(v) ?? next++);
  }
  return ranks;
}

/**
 * Replaces, in any CloudHSM v2 JSON value (a reply body, a request input, or an object holding several of them so
 * that they share references), every id, account, region, address, certificate, paging token and request id by a
 * numbered placeholder, and every timestamp (members named in TIMESTAMP_MEMBERS) by `<timestamp:rank:format>`.
 * Equal values get equal placeholders; numbering follows the order of first appearance. Member order is kept.
 * Placeholders already present are left alone, so normalising twice changes nothing.
 */
export function normalise(value: unknown): unknown {
  const highest = new Map<string, number>();
  highestNumbers(value, highest);
  const ranks = rankTimestamps(value, (highest.get("timestamp") ?? 0) + 1);
  const refs = new Map<string, number>();
  const counters = new Map<ReferenceKind, number>();
  const ref = (kind: ReferenceKind, raw: string): string => {
    const key = `${kind}\u0000${raw}`;
    let n = refs.get(key);
    if (n === undefined) {
      n = (counters.get(kind) ?? highest.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      refs.set(key, n);
    }
    return referenceText(kind, n);
  };
  const scanString = (text: string): string =>
    text.replace(SCAN, (match, ...args) => {
      const groups = args.at(-1) as Record<string, string | undefined>;
      const index = GROUP_NAMES.findIndex((name) => groups[name] !== undefined);
      const kind = PATTERNS[index]?.[0];
      return kind ? ref(kind, match) : match;
    });
  const visit = (v: unknown, key?: string): unknown => {
    if (typeof v === "string" && parsePlaceholder(v)) {
      return v;
    }
    if (isTimestampValue(key, v)) {
      return timestampText(ranks.get(v) ?? 0, timestampFormatOf(v));
    }
    if (typeof v === "string") {
      if (key !== undefined && TOKEN_MEMBERS.has(key)) {
        return ref("token", v);
      }
      if (key !== undefined && REQUEST_ID_MEMBERS.has(key)) {
        return ref("request-id", v);
      }
      return scanString(v);
    }
    if (Array.isArray(v)) {
      return v.map((item) => visit(item, key));
    }
    if (v !== null && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).map(([k, item]) => [scanString(k), visit(item, k)]));
    }
    return v;
  };
  return visit(value);
}
