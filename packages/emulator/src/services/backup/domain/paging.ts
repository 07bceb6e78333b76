import { decodeToken, encodeToken, fingerprint } from "../../../core/pagination.js";
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
  let after: string | undefined;
  if (input.NextToken !== undefined) {
    after = decodeToken(input.NextToken, kind, print, (p): p is string => typeof p === "string");
    if (after === undefined) {
      throw invalidParameter("The NextToken is invalid or belongs to another request.");
    }
  }
  const sorted = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const rest = after === undefined ? sorted : sorted.filter((i) => key(i) > (after as string));
  const size = input.MaxResults ?? DEFAULT_PAGE_SIZE;
  const items_ = rest.slice(0, size);
  const last = items_[items_.length - 1];
  return rest.length > size && last !== undefined
    ? { items: items_, NextToken: encodeToken(kind, print, key(last)) }
    : { items: items_ };
}

/**
 * A listing's page for a request: its paging members (NextToken, MaxResults) read, the rest (its filters) binding the
 * token. Returns the page's items and, when more follow, `{ NextToken }` to spread into the reply.
 */
export function pageFor<T, I extends { NextToken?: string; MaxResults?: number }>(
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

/** Whether a job's creation and completion dates pass a listing's four date filters. */
export const inDates = (
  job: { CreationDate?: number; CompletionDate?: number },
  f: { ByCreatedAfter?: number; ByCreatedBefore?: number; ByCompleteAfter?: number; ByCompleteBefore?: number },
) =>
  within(job.CreationDate, f.ByCreatedAfter, f.ByCreatedBefore) &&
  within(job.CompletionDate, f.ByCompleteAfter, f.ByCompleteBefore);

/** A sort key of a record by creation date then id: listings run oldest first (UNDOC: AWS's order is unrecorded). */
export const byCreation = (date: number, id: string) => `${date.toFixed(3).padStart(16, "0")}|${id}`;

/** Whether a record passes every filter given: each pair is [filter value, the record's value]. */
export function passes(checks: readonly [unknown, unknown][]): boolean {
  return checks.every(([filter, value]) => filter === undefined || filter === value);
}

/** Whether a date is within the optional bounds (`before` and `after` exclusive, epoch seconds). */
export const within = (date: number | undefined, after?: number, before?: number) =>
  (after === undefined || (date !== undefined && date > after)) &&
  (before === undefined || (date !== undefined && date < before));
