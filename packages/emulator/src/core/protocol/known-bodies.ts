/**
 * Bodies the emulator already holds as bytes or text, attached to the Request/Response objects that carry them.
 * Reading a body back through web streams costs more than the rest of a request (about 60–120 µs each way in Node
 * 20), so the Node adapter registers the bytes it read, and the serializer the text it wrote; `fetch(Request)` stays
 * the interface, and a Request or Response built anywhere else is read the standard way. The same idea as the
 * lightweight Request/Response of @hono/node-server.
 */
const requestBodies = new WeakMap<Request, Uint8Array>();
const responseBodies = new WeakMap<Response, string>();

export function withKnownBody(request: Request, body: Uint8Array): Request {
  requestBodies.set(request, body);
  return request;
}

export const knownRequestBody = (request: Request): Uint8Array | undefined => requestBodies.get(request);

export function responseWithKnownBody(text: string, init: ResponseInit): Response {
  const response = new Response(text, init);
  responseBodies.set(response, text);
  return response;
}

/** The text of a response body, without reading its stream when it is known. */
export async function responseText(response: Response): Promise<string> {
  return responseBodies.get(response) ?? (await response.text());
}
