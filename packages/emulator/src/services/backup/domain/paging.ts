import { decodeToken, encodeToken, fingerprint } from "../../../core/pagination.js";
import { allOf } from "../../../core/predicates.js";
import { creationKey, type SortedIndex } from "../store/sorted-index.js";
import { invalidParameter } from "./errors.js";

/** Items per page when MaxResults is not given (UNDOC: AWS's default is unrecorded; the model's maximum). */
export const DEFAULT_PAGE_SIZE = 1000;

/**
 * One page of a listing sorted by `key` (unique, ascending), with an opaque NextToken bound to the request's filters
 * (core/pagination.ts): the token holds the last key returned, so records added or removed between pages do not shift
 * the listing. A token that does not verify → InvalidParameterValueException (UNDOC: the message).
 */
export function page<T>(
  kind: string,
  items: readonly T[],
  key: (item: T) => string,
  input: { NextToken?: string; MaxResults?: number },
  filters: unknown,
): { items: T[]; NextToken?: string } {
  const print = fingerprint(filters);
  const after = input.NextToken === undefined ? undefined : positionIn(kind, print, input.NextToken);
  // Each key is made once, not on every comparison.
  const keyed = items.map((item) => ({ item, key: key(item) })).filter((k) => after === undefined || k.key > after);
  const sorted = keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return pageOf(kind, print, sorted, input.MaxResults);
}

/**
 * A listing's page for a request: its paging members (NextToken, MaxResults) read, the rest (its filters) binding the
 * token. Returns the page's items and, when more follow, `{ NextToken }` to spread into the reply.
 */
export function pageFor<T, I extends PagingInput>(
  kind: string,
  matching: readonly T[],
  key: (item: T) => string,
  input: I,
): { items: T[]; next: { NextToken?: string } } {
  const { NextToken, MaxResults, ...filters } = input;
  const result = page(
    kind,
    matching,
    key,
    { ...(NextToken !== undefined ? { NextToken } : {}), ...(MaxResults !== undefined ? { MaxResults } : {}) },
    filters,
  );
  return { items: result.items, next: result.NextToken !== undefined ? { NextToken: result.NextToken } : {} };
}

/**
 * pageFor over records kept in key order (store/sorted-index.ts): the page starts at the token's position (binary
 * search) and reads on only until it holds MaxResults matching records and knows whether one more follows, so its
 * cost does not grow with the number of records listed before or after it. Same pages and tokens as pageFor.
 */
export function pageOfIndex<T, I extends PagingInput>(
  kind: string,
  index: SortedIndex<T>,
  matches: (item: T) => boolean,
  input: I,
): { items: T[]; next: { NextToken?: string } } {
  const { NextToken, MaxResults, ...filters } = input;
  const print = fingerprint(filters);
  const size = MaxResults ?? DEFAULT_PAGE_SIZE;
  const items: T[] = [];
  let lastKey = "";
  let i = NextToken === undefined ? 0 : index.after(positionIn(kind, print, NextToken));
  for (; i < index.size && items.length < size; i++) {
    const item = index.itemAt(i);
    if (matches(item)) {
      items.push(item);
      lastKey = index.keyAt(i);
    }
  }
  let more = false;
  for (; i < index.size && !more; i++) {
    more = matches(index.itemAt(i));
  }
  return { items, next: more ? { NextToken: encodeToken(kind, print, lastKey) } : {} };
}

type PagingInput = { NextToken?: string; MaxResults?: number };

/** The position a NextToken holds, or InvalidParameterValueException when it does not verify for this request. */
function positionIn(kind: string, print: string, token: string): string {
  const after = decodeToken(token, kind, print, (p): p is string => typeof p === "string");
  if (after === undefined) {
    throw invalidParameter("The NextToken is invalid or belongs to another request.");
  }
  return after;
}

/** The page of the records that follow the position, in key order: the first MaxResults, and a token if more follow. */
function pageOf<T>(
  kind: string,
  print: string,
  rest: readonly { item: T; key: string }[],
  maxResults: number | undefined,
): { items: T[]; NextToken?: string } {
  const size = maxResults ?? DEFAULT_PAGE_SIZE;
  const taken = rest.slice(0, size);
  const last = taken[taken.length - 1];
  const items = taken.map((k) => k.item);
  return rest.length > size && last !== undefined
    ? { items, NextToken: encodeToken(kind, print, last.key) }
    : { items };
}

/** Whether a job's creation and completion dates pass a listing's four date filters. */
export const inDates = (
  job: { CreationDate?: number; CompletionDate?: number },
  f: { ByCreatedAfter?: number; ByCreatedBefore?: number; ByCompleteAfter?: number; ByCompleteBefore?: number },
) =>
  within(job.CreationDate, f.ByCreatedAfter, f.ByCreatedBefore) &&
  within(job.CompletionDate, f.ByCompleteAfter, f.ByCompleteBefore);

/** A sort key of a record by creation date then id (store/sorted-index.ts): listings run oldest first. */
export const byCreation = creationKey;

/**
 * A listing's equality filters as one predicate: each pair is [the filter's value, how to read the record's]. Only
 * the filters the request gives are kept, so a page reads of each record just those, and builds nothing per record.
 */
export function matching<T>(checks: readonly (readonly [unknown, (item: T) => unknown])[]): (item: T) => boolean {
  return allOf(
    checks
      .filter(([filter]) => filter !== undefined)
      .map(
        ([filter, read]) =>
          (item: T) =>
            read(item) === filter,
      ),
  );
}

/** Whether a date is within the optional bounds (`before` and `after` exclusive, epoch seconds). */
export const within = (date: number | undefined, after?: number, before?: number) =>
  (after === undefined || (date !== undefined && date > after)) &&
  (before === undefined || (date !== undefined && date < before));
