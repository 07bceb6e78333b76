import { bodyTooLarge } from "./aws-json/parse-request.js";
import { BodyChunks } from "./body-chunks.js";
import { knownRequestBody, responseText, responseWithKnownBody, withKnownBody } from "./known-bodies.js";
import { type EmulatorRequest, type EmulatorResponse, headersOf } from "./message.js";

/**
 * The emulator's messages (message.ts) to and from the fetch API's Request and Response: `emulator.fetch` and the
 * control API speak the fetch API; the AWS pipeline speaks EmulatorRequest/EmulatorResponse.
 */

/**
 * A web Request as an EmulatorRequest. At most the limit of its path (`maxBytesFor`) of its body is kept: a longer
 * body is read no further and passed on empty, with a Content-Length of what was seen, so that the protocol answers
 * 413 as it does for any oversized body (the Node adapter does the same: `readRequest` in ../../node/server.ts).
 */
export async function fromWebRequest(
  request: Request,
  maxBytesFor: (pathname: string) => number,
): Promise<EmulatorRequest> {
  const url = new URL(request.url);
  const maxBytes = maxBytesFor(url.pathname);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const { body, seen } = await readLimited(request, maxBytes);
  if (seen > maxBytes) {
    headers["content-length"] = String(Math.max(seen, Number(headers["content-length"] ?? 0)));
  }
  return { method: request.method, url, headers: headersOf(headers), body };
}

async function readLimited(request: Request, maxBytes: number): Promise<{ body: Uint8Array; seen: number }> {
  const known = knownRequestBody(request);
  if (known) {
    return known.byteLength > maxBytes ? { body: new Uint8Array(0), seen: known.byteLength } : { body: known, seen: 0 };
  }
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (!request.body) {
    return { body: new Uint8Array(0), seen: 0 };
  }
  if (declared > maxBytes) {
    await request.body.cancel().catch(() => undefined);
    return { body: new Uint8Array(0), seen: declared };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { body: new Uint8Array(0), seen: total };
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return { body, seen: total };
}

/** A web Request's body (the control API's), at most `max` bytes; a longer one → 413 SerializationException. */
export async function readWebBody(request: Request, max: number): Promise<Uint8Array> {
  const { body, seen } = await readLimited(request, max);
  if (seen > max || Number(request.headers.get("content-length") ?? Number.NaN) > max) {
    throw bodyTooLarge(max);
  }
  return body;
}

/** An EmulatorRequest as a web Request (for the control API), its body attached so that it is not read back. */
export function toWebRequest(request: EmulatorRequest): Request {
  const headers = new Headers();
  for (const [name, value] of request.headers.entries()) {
    headers.append(name, value);
  }
  const hasBody = request.body.byteLength > 0 && request.method !== "GET" && request.method !== "HEAD";
  const web = new Request(request.url, {
    method: request.method,
    headers,
    ...(hasBody ? { body: request.body as BodyInit } : {}),
  });
  return withKnownBody(web, request.body);
}

/** An EmulatorResponse as a web Response, its text attached so that it is not read back. */
export function toWebResponse(response: EmulatorResponse): Response {
  const init = { status: response.status, headers: response.headers };
  // A 204 (a CORS preflight) must have no body.
  if (response.status === 204 || response.status === 304) {
    return new Response(null, init);
  }
  const { body } = response;
  if (typeof body === "string") {
    return responseWithKnownBody(body, init);
  }
  return new Response((body instanceof BodyChunks ? body.toBytes() : body) as BodyInit, init);
}

/** A web Response (of the control API, the dashboard's files) as an EmulatorResponse. */
export async function fromWebResponse(response: Response): Promise<EmulatorResponse> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { status: response.status, headers, body: await responseText(response) };
}
