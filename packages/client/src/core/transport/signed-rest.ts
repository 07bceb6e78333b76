import type { OperationDescriptor } from "@cloudhsm-kit/spec";
import { restRequest } from "./rest-request.js";
import type { SignedPost, SignedPostOptions } from "./signed-post.js";
import { transportError } from "./transport-fetch.js";

/**
 * The request path of a REST JSON service's typed methods: each call's method, URI, query string and body from the
 * operation's descriptor and the input (`restRequest`), signed, then sent. It has the shape of the AWS JSON path
 * (`signedPost`), so that `invoke` runs both: it is given the call's target (`<prefix>.<Operation>`) and the input
 * as JSON.
 */
export function signedRest(
  operations: Readonly<Record<string, OperationDescriptor>>,
): (options: SignedPostOptions) => SignedPost {
  return ({ endpoint, sign, now, fetch }) =>
    async function send(target, input, signal) {
      const operation = target.slice(target.lastIndexOf(".") + 1);
      const request = restRequest(operations[operation] as OperationDescriptor, JSON.parse(input));
      const url = new URL(`${endpoint}${request.path}`);
      const headers = new Headers(request.body === undefined ? {} : { "content-type": "application/json" });
      const signature = await sign({ method: request.method, url, headers, body: request.body ?? "", date: now() });
      for (const [name, value] of Object.entries(signature)) {
        headers.set(name, value);
      }
      const init = { method: request.method, headers, body: request.body, signal };
      try {
        return await (fetch === undefined ? globalThis.fetch(url, init) : fetch(new Request(url, init)));
      } catch (error) {
        throw transportError(error, url, signal);
      }
    };
}
