import type { Middleware } from "openapi-fetch";
import { withBodyText } from "./body-text.js";

export const AWS_JSON_1_1 = "application/x-amz-json-1.1";

// The spec writes each operation as the path `/#X-Amz-Target=<Service>.<Operation>` (OpenAPI cannot route on
// a header); fetch never sends the fragment, so the target has to travel in the header instead.
const TARGET_PATH = /^\/#X-Amz-Target=([A-Za-z][A-Za-z0-9_]*\.[A-Za-z][A-Za-z0-9_]*)$/;

/** `<TargetPrefix>.<Operation>` from `/#X-Amz-Target=<TargetPrefix>.<Operation>`. */
export function targetFromSchemaPath(schemaPath: string): string {
  const match = TARGET_PATH.exec(schemaPath);
  if (match?.[1] === undefined) {
    throw new TypeError(
      `awsJson: cannot derive X-Amz-Target from the path ${JSON.stringify(schemaPath)}; ` +
        'expected "/#X-Amz-Target=<Service>.<Operation>" as the cloudhsm-kit spec writes it',
    );
  }
  return match[1];
}

/**
 * Puts an openapi-fetch request into AWS JSON 1.1 form: `POST` to the path without the fragment, with
 * `X-Amz-Target` taken from the schema path, `Content-Type: application/x-amz-json-1.1` (openapi-fetch
 * would send `application/json`) and `{}` when there is no input. The body of a `Request` can be read
 * only once, so the result is a new `Request`. Register it before `sigv4()`.
 *
 * @example
 * const raw = createClient<paths>({ baseUrl });
 * raw.use(awsJson(), sigv4({ region, credentials }));
 */
export function awsJson(): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const target = targetFromSchemaPath(schemaPath);
      const url = new URL(request.url);
      url.hash = "";
      const text = request.body === null ? "" : await request.text();
      const body = text === "" ? "{}" : text;
      const headers = new Headers(request.headers);
      headers.set("Content-Type", AWS_JSON_1_1);
      headers.set("X-Amz-Target", target);
      return withBodyText(new Request(url, { method: "POST", headers, body, signal: request.signal }), body);
    },
  };
}
