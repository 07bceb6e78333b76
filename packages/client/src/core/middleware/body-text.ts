// Reading a Request body consumes it, and every new Request costs an AbortSignal and a stream. awsJson()
// reads the body once anyway, so it leaves the text here for sigv4() to hash; sigv4() then signs the same
// Request in place instead of building another one.
const texts = new WeakMap<Request, string>();

/** Records the body text of a request built from a string. */
export function withBodyText(request: Request, text: string): Request {
  texts.set(request, text);
  return request;
}

/** The body text of a request: as recorded, or read from a clone so that the request stays sendable. */
export async function bodyTextOf(request: Request): Promise<string | undefined> {
  const known = texts.get(request);
  if (known !== undefined) {
    return known;
  }
  return request.body === null ? undefined : request.clone().text();
}
