/**
 * Bodies read inside a fetch wrapper without `clone()`. In Node a clone tees the body's web stream, and wrapping a
 * `Request` in a new one pipes its body through another stream: with two wrappers on every call (the check's
 * evidence, the reply's validation) that came to some 200 µs a call, more than the rest of the wrappers together.
 * Here a body is read once, as bytes; what goes on (the request to the inner fetch, the reply to the caller) is
 * rebuilt around those bytes, and a reply read once is remembered, so that an outer wrapper gets its text without
 * reading it again.
 */

/** `input` itself when it already is a Request (what the clients hand a custom fetch), else the Request it names. */
export function asRequest(input: RequestInfo | URL, init?: RequestInit): Request {
  return input instanceof Request && init === undefined ? input : new Request(input, init);
}

/** The request's body as text (undefined when it has none), and the request to send on, carrying the same bytes. */
export async function readRequest(request: Request): Promise<{ request: Request; text: string | undefined }> {
  if (request.body === null) {
    return { request, text: undefined };
  }
  const bytes = await request.arrayBuffer();
  return { request: new Request(request, { body: bytes }), text: new TextDecoder().decode(bytes) };
}

/** A reply whose body was read: its text, or the error reading it met (a connection dropped mid-reply). */
export type ReadReply = { response: Response; text: string } | { response: Response; text: undefined; error: unknown };

const texts = new WeakMap<Response, string>();

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
