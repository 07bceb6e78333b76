import { readFileSync } from "node:fs";
import { osReason } from "../core/persistence/state-file.js";
import type { StrictKey } from "../core/protocol/sigv4.js";
import { isServedRegion } from "../services/cloudhsmv2/domain/partitions.js";

/**
 * The key file of `--strict-keys FILE`: the library's `strict` option as JSON,
 *
 *     { "keys": [ { "accessKeyId": "AKIDALICE", "secretAccessKey": "…", "accountId": "111122223333",
 *                   "regions": ["us-east-1", "us-west-2"] } ] }
 *
 * `accountId` (12 digits) and `regions` (regions CloudHSM serves) are optional: without them the account is derived
 * from the key ID as for any key, and the key may act in every region. Every refusal names the member at fault.
 */
export const STRICT_KEYS_EXAMPLE =
  '{"keys": [{"accessKeyId": "AKIDALICE", "secretAccessKey": "alice-secret", "accountId": "111122223333", "regions": ["us-east-1"]}]}';

const KEY_MEMBERS = ["accessKeyId", "secretAccessKey", "accountId", "regions"];

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** The keys of a key file's text; throws an Error saying which member is wrong and what was expected. */
export function parseStrictKeys(text: string): StrictKey[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`is not valid JSON (${(e as Error).message}); expected ${STRICT_KEYS_EXAMPLE}`);
  }
  if (!isObject(doc) || !Array.isArray(doc.keys) || doc.keys.length === 0) {
    throw new Error(`must be an object with a non-empty "keys" array, e.g. ${STRICT_KEYS_EXAMPLE}`);
  }
  const extra = Object.keys(doc).find((k) => k !== "keys");
  if (extra !== undefined) {
    throw new Error(`has an unknown member ${JSON.stringify(extra)}; the only member is "keys"`);
  }
  const seen = new Set<string>();
  return doc.keys.map((key: unknown, i: number): StrictKey => {
    const at = `keys[${i}]`;
    if (!isObject(key)) {
      throw new Error(`${at} must be an object with accessKeyId and secretAccessKey`);
    }
    const unknown = Object.keys(key).find((k) => !KEY_MEMBERS.includes(k));
    if (unknown !== undefined) {
      throw new Error(`${at} has an unknown member ${JSON.stringify(unknown)}; members are ${KEY_MEMBERS.join(", ")}`);
    }
    const { accessKeyId, secretAccessKey, accountId, regions } = key;
    // The key ID is the first part of the SigV4 credential scope, so it cannot hold "/" or white space.
    if (typeof accessKeyId !== "string" || !/^[^\s/]+$/.test(accessKeyId)) {
      throw new Error(`${at}.accessKeyId must be a non-empty string without "/" or white space`);
    }
    if (seen.has(accessKeyId)) {
      throw new Error(`${at}.accessKeyId ${JSON.stringify(accessKeyId)} is given twice`);
    }
    seen.add(accessKeyId);
    if (typeof secretAccessKey !== "string" || secretAccessKey === "") {
      throw new Error(`${at}.secretAccessKey must be a non-empty string`);
    }
    if (accountId !== undefined && (typeof accountId !== "string" || !/^\d{12}$/.test(accountId))) {
      throw new Error(`${at}.accountId must be 12 digits as a string, e.g. "111122223333"`);
    }
    if (regions !== undefined) {
      if (!Array.isArray(regions) || regions.length === 0) {
        throw new Error(`${at}.regions must be a non-empty array of regions (leave it out for every region)`);
      }
      const bad = regions.findIndex((r) => typeof r !== "string" || !isServedRegion(r));
      if (bad >= 0) {
        throw new Error(`${at}.regions[${bad}] ${JSON.stringify(regions[bad])} is not a region CloudHSM serves`);
      }
    }
    return {
      accessKeyId,
      secretAccessKey,
      ...(accountId !== undefined ? { accountId: accountId as string } : {}),
      ...(regions !== undefined ? { regions: regions as string[] } : {}),
    };
  });
}

/** Reads and checks a key file; the Error's message says what is wrong (the OS's reason when it cannot be read). */
export function loadStrictKeys(path: string): StrictKey[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`cannot be read: ${osReason(e)}`);
  }
  return parseStrictKeys(text);
}
