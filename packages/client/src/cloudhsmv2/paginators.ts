import type { InputOf } from "@cloudhsm-kit/spec";
import { ConfigurationError, checkSignal, describeValue } from "../core/options/configuration-error.js";
import type { CloudHsmV2Client, Output } from "./client-types.js";

/** The operations AWS marks as paginated (botocore `paginators-1.json`): NextToken in, NextToken out, MaxResults. */
export type PaginatedOperation = "DescribeBackups" | "DescribeClusters" | "ListTags";

export interface PaginationOptions {
  /** `MaxResults` of every request; the service's own limit applies (50 backups, 25 clusters, 100 tags). */
  pageSize?: number | undefined;
  /** Resume from a `NextToken` of an earlier page. */
  startingToken?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** The service sent a `NextToken` it had sent before: following it would loop for ever. */
export class PaginationLoopError extends Error {
  override readonly name = "PaginationLoopError";
}

function check(options: PaginationOptions, operation: string): void {
  const { pageSize, startingToken, signal } = options;
  checkSignal(signal, `paginate${operation}`);
  if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize >= 1)) {
    throw new ConfigurationError(
      `paginate${operation}: pageSize must be an integer ≥ 1; got ${describeValue(pageSize)}`,
    );
  }
  if (startingToken !== undefined && (typeof startingToken !== "string" || startingToken === "")) {
    throw new ConfigurationError(
      `paginate${operation}: startingToken must be a non-empty string; got ${describeValue(startingToken)}`,
    );
  }
}

/**
 * Pages of a paginated operation, as an async iterator. Never mutates `input`; stops after a page without
 * a `NextToken` (absent, null or empty, as AWS documents the end of results). Options are checked at once,
 * before the first page is asked for.
 */
export function paginate<Op extends PaginatedOperation>(
  client: Pick<CloudHsmV2Client, "send">,
  operation: Op,
  input: InputOf<Op>,
  options: PaginationOptions = {},
): AsyncGenerator<Output<Op>, void, undefined> {
  check(options, operation);
  return pages(client, operation, input, options);
}

async function* pages<Op extends PaginatedOperation>(
  client: Pick<CloudHsmV2Client, "send">,
  operation: Op,
  input: InputOf<Op>,
  options: PaginationOptions,
): AsyncGenerator<Output<Op>, void, undefined> {
  const send = client.send as (op: Op, input: InputOf<Op>, o: { signal?: AbortSignal }) => Promise<Output<Op>>;
  let token = options.startingToken ?? input.NextToken;
  const seen = new Set(token === undefined ? [] : [token]);
  for (;;) {
    const request = { ...input, NextToken: token, MaxResults: options.pageSize ?? input.MaxResults };
    const page = await send(operation, request, { signal: options.signal });
    yield page;
    const next = (page as { NextToken?: unknown }).NextToken;
    if (typeof next !== "string" || next === "") {
      return;
    }
    if (seen.has(next)) {
      throw new PaginationLoopError(
        `${operation} returned a NextToken already used in this pagination (${describeValue(next)}); stopped to avoid an endless loop`,
      );
    }
    seen.add(next);
    token = next;
  }
}

/**
 * Every page of DescribeBackups.
 *
 * @example
 * for await (const { Backups = [] } of paginateDescribeBackups(client, { Filters: { states: ["READY"] } })) { … }
 */
export function paginateDescribeBackups(
  client: Pick<CloudHsmV2Client, "send">,
  input: InputOf<"DescribeBackups"> = {},
  options?: PaginationOptions,
) {
  return paginate(client, "DescribeBackups", input, options);
}

/** Every page of DescribeClusters. */
export function paginateDescribeClusters(
  client: Pick<CloudHsmV2Client, "send">,
  input: InputOf<"DescribeClusters"> = {},
  options?: PaginationOptions,
) {
  return paginate(client, "DescribeClusters", input, options);
}

/** Every page of ListTags for one resource. */
export function paginateListTags(
  client: Pick<CloudHsmV2Client, "send">,
  input: InputOf<"ListTags">,
  options?: PaginationOptions,
) {
  return paginate(client, "ListTags", input, options);
}
