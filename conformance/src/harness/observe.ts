import { normaliseErrorCode } from "@cloudhsm-kit/client";
import { cloudHsmV2 } from "@cloudhsm-kit/spec";
import { asRequest, readReply } from "./bodies.js";
import { networkFetch } from "./network.js";
import { responseValidator } from "./schema.js";

/** A response that did not match the spec, found while a check ran. */
export interface SchemaViolation {
  operation: string;
  /** The service whose reply it was, when it is not CloudHSM v2's (whose checks judge replies without one). */
  service?: string;
  /** The check whose call received the reply (set when the violation is logged for the run). */
  checkId?: string;
  status: number;
  problems: string[];
}

/** The distinct violations of `list`, at most three, for a one-line note or failure reason. */
export function describeViolations(list: readonly SchemaViolation[]): string {
  const distinct = [
    ...new Set(list.map((v) => `${v.operation} (HTTP ${v.status}): ${v.problems.slice(0, 4).join(", ")}`)),
  ];
  const more = distinct.length > 3 ? ` (+${distinct.length - 3} more)` : "";
  return `${distinct.slice(0, 3).join("; ")}${more}`;
}

/**
 * The SCHEMA verdict on `list`: the replies of `service` (undefined: those recorded without one) to `operation` that were successful (or, for `undefined`, every error
 * reply) and broke the spec, described with the checks that received them; undefined when there are none.
 */
export function schemaFailure(
  list: readonly SchemaViolation[],
  operation: string | undefined,
  service?: string,
): string | undefined {
  const found = list.filter(
    (v) =>
      v.service === service &&
      (operation === undefined ? v.status >= 300 : v.operation === operation && v.status < 300),
  );
  if (found.length === 0) {
    return undefined;
  }
  const seenBy = [...new Set(found.map((v) => v.checkId ?? "?"))];
  const by = seenBy.slice(0, 6).join(", ") + (seenBy.length > 6 ? ` (+${seenBy.length - 6})` : "");
  const what = operation === undefined ? "error replies" : `${operation} replies`;
  return `${found.length} ${what} did not match the spec: ${describeViolations(found)} — seen by ${by}`;
}

const TARGET_PREFIX = `${cloudHsmV2.targetPrefix}.`;

/**
 * Wraps fetch so that every reply to an operation call is validated against the spec: a 200 body against
 * `<Operation>Response` (an empty body counts as `{}`), an error body against the AWS JSON 1.1 error shape
 * (`__type` string). Violations go to `sink`: evidence for the check that made the call, failures for the SCHEMA checks.
 */
export function observingFetch(
  sink: (violation: SchemaViolation) => void,
  inner: typeof fetch = networkFetch,
): typeof fetch {
  return async (input, init) => {
    const request = asRequest(input, init);
    const target = request.headers.get("x-amz-target") ?? "";
    const received = await inner(request);
    if (!target.startsWith(TARGET_PREFIX)) {
      return received;
    }
    const operation = target.slice(TARGET_PREFIX.length);
    const reply = await readReply(received);
    if (reply.text === undefined) {
      throw reply.error;
    }
    const problems = validateReply(operation, reply.response.status, reply.response.headers, reply.text);
    if (problems.length > 0) {
      sink({ operation, status: reply.response.status, problems });
    }
    return reply.response;
  };
}

/** Checks one reply; returns its problems. */
export function validateReply(operation: string, status: number, headers: Headers, text: string): string[] {
  let body: unknown;
  try {
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    return [`the body is not JSON (content-type ${headers.get("content-type") ?? "none"})`];
  }
  if (status >= 200 && status < 300) {
    const validator = responseValidator();
    const schema = `${operation}Response`;
    return validator.has(schema) ? validator.validate(schema, body) : [`the spec has no ${schema}`];
  }
  const type = (body as { __type?: unknown }).__type ?? headers.get("x-amzn-errortype");
  if (typeof type !== "string" || type === "") {
    return ["the error body has no __type string"];
  }
  const name = normaliseErrorCode(type);
  const validator = responseValidator();
  return name.startsWith("CloudHsm") && validator.has(name) && typeof (body as { __type?: unknown }).__type === "string"
    ? validator.validate(name, { ...(body as object), __type: name }).map((p) => `${name}: ${p}`)
    : [];
}
