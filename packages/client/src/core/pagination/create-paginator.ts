import { ConfigurationError, checkSignal, describeValue } from "../options/configuration-error.js";

export interface PaginationOptions {
  /** The page size of every request (the operation's `pageSize` member); the service's own limit applies. */
  pageSize?: number | undefined;
  /** Resume from a token of an earlier page. */
  startingToken?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** The service sent a token it had sent before: following it would loop for ever. */
export class PaginationLoopError extends Error {
  override readonly name = "PaginationLoopError";
}

/** How an operation pages, in botocore's `paginators-1.json` terms; each names a member of the input or output. */
export interface PaginatorDefinition {
  /** The operation, in AWS's spelling. */
  readonly operation: string;
  /** The input member that asks for the next page (`input_token`), e.g. `NextToken`. */
  readonly inputToken: string;
  /** The output member that holds the next page's token (`output_token`), e.g. `NextToken`. */
  readonly outputToken: string;
  /** The input member that sets the page size (`limit_key`), e.g. `MaxResults`. */
  readonly pageSize: string;
}

/** Pages of one operation, as an async iterator; the input may be left out when none of its members is required. */
export type Paginator<Client, Input, Output> = (
  client: Client,
  ...args: Record<never, never> extends Input
    ? [input?: Input, options?: PaginationOptions]
    : [input: Input, options?: PaginationOptions]
) => AsyncGenerator<Output, void, undefined>;

type Send = (operation: string, input: object, options: { signal?: AbortSignal | undefined }) => Promise<object>;

/**
 * Makes the paginator of a paginated operation: it yields every page, as the AWS SDK v3's `paginateX` do, through
 * `client.send`. It never mutates `input`, stops after a page without a token (absent, null or empty, as AWS
 * documents the end of results), throws `PaginationLoopError` on a token it has seen, and checks its options at
 * once, before the first page is asked for.
 *
 * @example
 * const paginateListThings = createPaginator<ThingClient, ListThingsInput, ListThingsOutput>({
 *   operation: "ListThings", inputToken: "NextToken", outputToken: "NextToken", pageSize: "MaxResults",
 * });
 */
export function createPaginator<Client extends { send: unknown }, Input extends object, Output>(
  definition: PaginatorDefinition,
): Paginator<Client, Input, Output> {
  return (client, input = {} as Input, options = {}) => {
    check(options, definition.operation);
    return pages(client.send as Send, definition, input, options) as AsyncGenerator<Output, void, undefined>;
  };
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

async function* pages(send: Send, definition: PaginatorDefinition, input: object, options: PaginationOptions) {
  const { operation, inputToken, outputToken, pageSize } = definition;
  const given = input as Record<string, unknown>;
  let token = options.startingToken ?? given[inputToken];
  const seen = new Set(token === undefined ? [] : [token]);
  for (;;) {
    const request = { ...input, [inputToken]: token, [pageSize]: options.pageSize ?? given[pageSize] };
    const page = await send(operation, request, { signal: options.signal });
    yield page;
    const next = (page as Record<string, unknown>)[outputToken];
    if (typeof next !== "string" || next === "") {
      return;
    }
    if (seen.has(next)) {
      throw new PaginationLoopError(
        `${operation} returned a ${outputToken} already used in this pagination (${describeValue(next)}); stopped to avoid an endless loop`,
      );
    }
    seen.add(next);
    token = next;
  }
}
