/**
 * Bodies read inside a fetch wrapper without `clone()`. In Node a clone tees the body's web stream, and copying a
 * `Request` into a new one (which `fetch(request)` does too) pipes its body through another stream: with two
 * wrappers on every call (the check's evidence, the reply's validation) that came to some 200 µs a call, more than
 * the rest of the wrappers together. Here a body is read once, as bytes; what goes on (the request to the inner
 * fetch, the reply to the caller) is rebuilt around those bytes, and a reply read once is remembered, so that an
 * outer wrapper gets its text without reading it again.
 */

/** `input` itself when it already is a Request (what the clients hand a custom fetch), else the Request it names. */
export function asRequest(input: RequestInfo | URL, init?: RequestInit): Request {
  return input instanceof Request && init === undefined ? input : new Request(input, init);
}

/** A request whose body was read: its text (undefined without a body), and what to call fetch with to send it on. */
export interface ReadRequest {
  text: string | undefined;
  url: string;
  /** The request's method, headers, signal and redirect mode, and its body's bytes. */
  init: RequestInit;
}

/** Reads the request's body once; the request is sent on as a URL and an init, which fetch takes without copying. */
export async function readRequest(request: Request): Promise<ReadRequest> {
  const bytes = request.body === null ? undefined : await request.arrayBuffer();
  const init: RequestInit = {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    redirect: request.redirect,
    ...(bytes === undefined ? {} : { body: bytes }),
  };
  return { text: bytes === undefined ? undefined : new TextDecoder().decode(bytes), url: request.url, init };
}

/** A reply whose body was read: its text, or the error reading it met (a connection dropped mid-reply). */
export type ReadReply = { response: Response; text: string } | { response: Response; text: undefined; error: unknown };

const texts = new WeakMap<Response, string>();

/**
 * A reply made of bytes already read (what the network hands on): its text is known from the start, so no wrapper
 * reads its body again.
 */
export function replyOf(bytes: Uint8Array<ArrayBuffer> | null, init: ResponseInit): Response {
  const response = new Response(bytes, init);
  texts.set(response, bytes === null ? "" : new TextDecoder().decode(bytes));
  return response;
}

/**
 * Reads the reply's body once and hands back the reply to pass on: the same status, status text and headers, with a
 * body of the same bytes, or, when reading failed, a body that fails with the same error, so that the caller meets
 * it where it would have. A reply this returned before is passed on as it is, with the text already read.
 */
export async function readReply(response: Response): Promise<ReadReply> {
  const known = texts.get(response);
  if (known !== undefined) {
    return { response, text: known };
  }
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    const failing = new ReadableStream({
      start(controller) {
        controller.error(error);
      },
    });
    return { response: new Response(failing, init), text: undefined, error };
  }
  // 204, 205 and 304 replies may not have a body at all; an empty body reads the same either way.
  const rebuilt = new Response(bytes.byteLength === 0 ? null : bytes, init);
  const text = new TextDecoder().decode(bytes);
  texts.set(rebuilt, text);
  return { response: rebuilt, text };
}
