import { encodeToken, fingerprint, isSortKey } from "../../../core/pagination.js";
import { allOf } from "../../../core/predicates.js";
import { type BackupKey, compareKeys, keyOf, lowerBoundIn } from "../store/backup-index.js";
import { BACKUP_STATES, type Backup } from "../store/records.js";
import type { DomainContext } from "./context.js";
import { checkStates } from "./filters.js";
import { LISTING_CHOICES } from "./listing-choices.js";
import { readToken } from "./page-tokens.js";
import { sharedWith } from "./resource-shares.js";
import { UNDOC_ERRORS, UNDOC_MESSAGES } from "./undocumented-errors.js";

/**
 * DescribeBackups (API_DescribeBackups; cloudhsmv2-api.md §2.1): filters backupIds, sourceBackupIds, clusterIds,
 * states, neverExpires (AND across keys, OR within one key); `Shared` lists backups other accounts share with the
 * caller through a promoted share (resource-shares.ts); newest first unless SortAscending (observed §5); no
 * NextToken on the last page (observed §5).
 */
export interface DescribeBackupsInput {
  Filters?: Record<string, string[]>;
  Shared?: boolean;
  SortAscending?: boolean;
  MaxResults?: number;
  NextToken?: string;
}

export const BACKUP_FILTER_KEYS = ["backupIds", "sourceBackupIds", "clusterIds", "states", "neverExpires"] as const;

/** A sorted view to page through: ascending by (CreateTimestamp, BackupId). */
interface SortedView {
  size(): number;
  at(i: number): Backup | undefined;
  lowerBound(key: BackupKey): number;
}

function viewOf(list: Backup[]): SortedView {
  list.sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  return {
    size: () => list.length,
    at: (i) => list[i],
    lowerBound: (key) => lowerBoundIn(list, key),
  };
}

function matcher(filters: Record<string, string[]>): (b: Backup) => boolean {
  const tests: ((b: Backup) => boolean)[] = [];
  for (const [key, values] of Object.entries(filters)) {
    const set = new Set(values);
    switch (key) {
      case "backupIds":
        tests.push((b) => set.has(b.BackupId));
        break;
      case "sourceBackupIds":
        tests.push((b) => b.SourceBackup !== undefined && set.has(b.SourceBackup));
        break;
      case "clusterIds":
        tests.push((b) => b.ClusterId !== undefined && set.has(b.ClusterId));
        break;
      case "states":
        checkStates(values, BACKUP_STATES);
        tests.push((b) => set.has(b.BackupState));
        break;
      case "neverExpires": {
        const wanted = values.map((v) => {
          const lower = v.toLowerCase();
          if (lower !== "true" && lower !== "false") {
            throw UNDOC_ERRORS.validation(
              UNDOC_MESSAGES.badFilterValue("neverExpires", v, "must be 'true' or 'false'"),
            );
          }
          return lower === "true";
        });
        tests.push((b) => wanted.includes(b.NeverExpires));
        break;
      }
      default:
        throw UNDOC_ERRORS.validation(UNDOC_MESSAGES.unknownFilter(key, BACKUP_FILTER_KEYS));
    }
  }
  return allOf(tests);
}

export function describeBackups(
  ctx: DomainContext,
  input: DescribeBackupsInput,
): { Backups: Backup[]; NextToken?: string } {
  const filters = input.Filters ?? {};
  const matches = matcher(filters);
  const asc = input.SortAscending ?? LISTING_CHOICES.defaultSortAscending;
  const limit = input.MaxResults ?? LISTING_CHOICES.defaultBackupsPageSize;
  const fp = fingerprint({ filters, shared: input.Shared === true, asc });

  const own = ctx.store.region(ctx.account, ctx.region).backups;
  let view: SortedView;
  if (input.Shared === true) {
    view = viewOf(sharedWith(ctx));
  } else if (filters.backupIds) {
    // Few IDs: look them up instead of scanning every backup.
    view = viewOf(filters.backupIds.map((id) => own.get(id)).filter((b): b is Backup => b !== undefined));
  } else {
    view = own;
  }

  let i: number;
  if (input.NextToken !== undefined && input.NextToken !== "") {
    const after = readToken(input.NextToken, "backups", fp, isSortKey("backup"));
    const lb = view.lowerBound(after);
    const exact = view.at(lb);
    i = asc ? (exact && compareKeys(keyOf(exact), after) === 0 ? lb + 1 : lb) : lb - 1;
  } else {
    i = asc ? 0 : view.size() - 1;
  }
  const step = asc ? 1 : -1;
  const page: Backup[] = [];
  let more = false;
  for (; i >= 0 && i < view.size(); i += step) {
    const b = view.at(i) as Backup;
    if (!matches(b)) {
      continue;
    }
    if (page.length === limit) {
      more = true;
      break;
    }
    page.push(b);
  }
  const last = page[page.length - 1];
  return more && last ? { Backups: page, NextToken: encodeToken("backups", fp, keyOf(last)) } : { Backups: page };
}
