import { isObject, quote } from "../../../core/options/option-error.js";
import { STATE_FORMAT } from "../../../core/state/state-document.js";
import type { Tag } from "../store/records.js";
import { accountProblem, countProblem, regionProblem, unknownMemberProblem } from "./members.js";
import type { TagListCheck } from "./tag-check.js";

/**
 * The declarative seed (`--seed FILE`, option `seed`): the clusters and backups to start with.
 *
 *     { "clusters": [ { "region": "us-east-1", "accountId": "111122223333", "state": "ACTIVE",
 *                       "tags": [{"Key": "team", "Value": "payments"}], "backups": 3, "count": 1 } ],
 *       "readyBackups": [ { "region": "us-west-2", "tags": [{"Key": "ci", "Value": "yes"}], "count": 2 } ] }
 *
 * Every member is optional. `region` defaults to us-east-1, `accountId` to 123456789012 (the account of any key ID
 * that is not 12 digits), `count` to 1 (at most 100 per entry). A cluster is ACTIVE (one ACTIVE HSM, initialized,
 * activated, with `backups` READY backups, 1 to 100, default 1: the activation backup first) or UNINITIALIZED (no
 * HSM, no backup). Each entry of `readyBackups` is `count` READY backups, each of its own new ACTIVE cluster, as the
 * fixture route makes them. Tags go on the clusters and their backups.
 */
export interface SeedDocument {
  clusters?: SeedClusters[];
  readyBackups?: SeedReadyBackups[];
}

interface Placed {
  region?: string;
  accountId?: string;
  tags?: Tag[];
  count?: number;
}

export interface SeedClusters extends Placed {
  state?: "ACTIVE" | "UNINITIALIZED";
  backups?: number;
}

export type SeedReadyBackups = Placed;

export const MAX_SEED_COUNT = 100;
const PLACED = ["region", "accountId", "tags", "count"];
const CLUSTER_STATES = ["ACTIVE", "UNINITIALIZED"];

/** Whether a document is a state document (the export format) rather than a declarative seed. */
export const isStateDocument = (doc: unknown): boolean => isObject(doc) && doc.format === STATE_FORMAT;

/** What is wrong with a declarative seed, naming the member; undefined when it can be built. */
export function seedProblem(doc: unknown, checkTags: TagListCheck): string | undefined {
  if (!isObject(doc)) {
    return `expected a seed document {"clusters"?: […], "readyBackups"?: […]} or a state document; got ${quote(doc)}`;
  }
  if (doc.format !== undefined) {
    return `format must be "${STATE_FORMAT}" for a state document; a seed document has no format; got ${quote(doc.format)}`;
  }
  const top = unknownMemberProblem(doc, ["clusters", "readyBackups"], "the seed document");
  if (top) {
    return top;
  }
  return (
    listProblem(doc.clusters, "clusters", (entry, at) => clusterProblem(entry, at, checkTags)) ??
    listProblem(doc.readyBackups, "readyBackups", (entry, at) => placedProblem(entry, at, PLACED, checkTags))
  );
}

function listProblem(
  list: unknown,
  at: string,
  entryProblem: (entry: Record<string, unknown>, at: string) => string | undefined,
): string | undefined {
  if (list === undefined) {
    return undefined;
  }
  if (!Array.isArray(list)) {
    return `${at} must be a list of objects; got ${quote(list)}`;
  }
  for (const [i, entry] of list.entries()) {
    const problem = isObject(entry)
      ? entryProblem(entry, `${at}[${i}]`)
      : `${at}[${i}] must be an object; got ${quote(entry)}`;
    if (problem) {
      return problem;
    }
  }
  return undefined;
}

function placedProblem(entry: Record<string, unknown>, at: string, members: string[], checkTags: TagListCheck) {
  return (
    unknownMemberProblem(entry, members, at) ??
    (entry.region === undefined ? undefined : regionProblem(entry.region, `${at}.region`)) ??
    (entry.accountId === undefined ? undefined : accountProblem(entry.accountId, `${at}.accountId`)) ??
    (entry.tags === undefined ? undefined : checkTags(entry.tags, `${at}.tags`)) ??
    (entry.count === undefined ? undefined : countProblem(entry.count, `${at}.count`, 1, MAX_SEED_COUNT))
  );
}

function clusterProblem(entry: Record<string, unknown>, at: string, checkTags: TagListCheck) {
  const placed = placedProblem(entry, at, [...PLACED, "state", "backups"], checkTags);
  if (placed) {
    return placed;
  }
  if (entry.state !== undefined && !CLUSTER_STATES.includes(entry.state as string)) {
    return `${at}.state must be one of ${CLUSTER_STATES.join(", ")}; got ${quote(entry.state)}`;
  }
  if (entry.backups === undefined) {
    return undefined;
  }
  return entry.state === "UNINITIALIZED"
    ? `${at}.backups must be left out for an UNINITIALIZED cluster (it has no backup); got ${quote(entry.backups)}`
    : countProblem(entry.backups, `${at}.backups`, 1, MAX_SEED_COUNT);
}
