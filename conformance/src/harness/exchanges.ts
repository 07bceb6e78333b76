import { asRequest, readReply, readRequest } from "./bodies.js";
import { networkFetch } from "./network.js";

/**
 * One HTTP exchange a check made with its target, kept as evidence for a result that is not a pass. Only what a
 * person needs to see what was asked and what came back: never the Authorization header, the signing query
 * parameters or any other credential.
 */
export interface Exchange {
  method: string;
  /** The URL's path and query (signing parameters removed). */
  path: string;
  /** The X-Amz-Target header (AWS JSON operations); REST operations are named by their path. */
  target?: string;
  /** The request body, truncated. */
  requestBody?: string;
  /** The reply's status; absent when no reply came (see `error`). */
  status?: number;
  /** The reply headers that say what the reply is: X-Amzn-ErrorType, Content-Type, x-amzn-RequestId. */
  headers?: Record<string, string>;
  /** The reply body, truncated. */
  replyBody?: string;
  /** Why no reply came (a refused connection, a timeout). */
  error?: string;
}

/** How many exchanges a check keeps (the last ones: those nearest its failure). */
export const EXCHANGES_KEPT = 5;
/** How many characters of a body are kept. */
export const BODY_LIMIT = 2_000;

const REPLY_HEADERS = ["x-amzn-errortype", "content-type", "x-amzn-requestid"] as const;
/** Query parameters of a presigned URL that carry the credential or its signature. */
const SIGNING_PARAMS = /^x-amz-(credential|signature|security-token)$/i;
/** JSON members that would carry a secret, should a body ever hold one. */
const SECRET_MEMBERS = /"(SecretAccessKey|SessionToken|AccessKeyId|Password|Authorization)"\s*:\s*"(?:[^"\\]|\\.)*"/g;

/** `text` with any secret member blanked, cut to BODY_LIMIT characters (saying how much was cut). */
export function truncateBody(text: string): string {
  const clean = text.replace(SECRET_MEMBERS, '"$1":"[redacted]"');
  return clean.length > BODY_LIMIT
    ? `${clean.slice(0, BODY_LIMIT)}… (${clean.length - BODY_LIMIT} more characters)`
    : clean;
}

function pathOf(url: URL): string {
  const query = new URLSearchParams();
  url.searchParams.forEach((value, key) => {
    if (!SIGNING_PARAMS.test(key)) {
      query.append(key, value);
    }
  });
  const search = query.toString();
  return search ? `${url.pathname}?${search}` : url.pathname;
}

/** The last EXCHANGES_KEPT exchanges of one check, oldest first. */
export class ExchangeLog {
  readonly #kept: Exchange[] = [];

  constructor(readonly limit: number = EXCHANGES_KEPT) {}

  add(exchange: Exchange): void {
    this.#kept.push(exchange);
    if (this.#kept.length > this.limit) {
      this.#kept.splice(0, this.#kept.length - this.limit);
    }
  }

  /** A copy of what is kept now (later exchanges, such as cleanups', do not change it). */
  list(): Exchange[] {
    return [...this.#kept];
  }
}

/**
 * Wraps fetch so that every exchange goes into `log`: the request as sent (after signing) and the reply as received,
 * or the error when none came. Bodies are read once (bodies.ts), so the caller reads the reply as if nothing were in
 * between.
 */
export function capturingFetch(log: ExchangeLog, inner: typeof fetch = networkFetch): typeof fetch {
  return async (input, init) => {
    const request = asRequest(input, init);
    const read = await readRequest(request);
    const sent = read.text === undefined ? undefined : truncateBody(read.text);
    const target = request.headers.get("x-amz-target");
    const exchange: Exchange = {
      method: request.method,
      path: pathOf(new URL(request.url)),
      ...(target ? { target } : {}),
      ...(sent ? { requestBody: sent } : {}),
    };
    let received: Response;
    try {
      received = await inner(read.url, read.init);
    } catch (error) {
      log.add({ ...exchange, error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
    const headers: Record<string, string> = {};
    for (const name of REPLY_HEADERS) {
      const value = received.headers.get(name);
      if (value !== null) {
        headers[name] = value;
      }
    }
    // A body that cannot be read (the connection dropped mid-reply) is evidence too; the caller meets the error itself.
    const reply = await readReply(received);
    const text =
      reply.text !== undefined
        ? reply.text
        : `(the body could not be read: ${reply.error instanceof Error ? reply.error.message : String(reply.error)})`;
    log.add({ ...exchange, status: received.status, headers, ...(text ? { replyBody: truncateBody(text) } : {}) });
    return reply.response;
  };
}
