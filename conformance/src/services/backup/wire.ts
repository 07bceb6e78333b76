import { normaliseErrorCode } from "@cloudhsm-kit/client";
import { backup, type OperationDescriptor } from "@cloudhsm-kit/spec";
import {
  createSchemaValidator,
  describeErrors,
  loadServiceDocument,
  relaxForReplies,
  type SchemaValidator,
} from "@cloudhsm-kit/spec/validation";
import { readReply } from "../../harness/bodies.js";
import { networkFetch } from "../../harness/network.js";
import type { SchemaViolation } from "../../harness/observe.js";

/** The service id AWS Backup's reply violations carry, so that only its SCHEMA checks judge them. */
export const BACKUP_SERVICE = "backup";

export type BackupOperation = keyof typeof backup.operations;

interface Route {
  operation: BackupOperation;
  method: string;
  pattern: RegExp;
  labels: number;
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The operations of the spec as routes: method and URI, labels matching one path segment, the final slash optional
 * (Smithy: "trailing slashes … are always optional"); fewer labels first, so `/copy-jobs/` is not read as a label.
 */
const ROUTES: readonly Route[] = (Object.keys(backup.operations) as BackupOperation[])
  .map((operation) => {
    const { method, uri } = backup.operations[operation].http;
    const path = (uri.split("?")[0] ?? uri).replace(/\/$/, "");
    const source = path
      .split(/(\{[^}]+\})/)
      .map((part) => (part.startsWith("{") ? "[^/]+" : literal(part)))
      .join("");
    return { operation, method, pattern: new RegExp(`^${source}/?$`), labels: (path.match(/\{/g) ?? []).length };
  })
  .sort((a, b) => a.labels - b.labels);

/** The operation a request to AWS Backup calls, read from its method and path; undefined for none. */
export function operationOf(method: string, pathname: string): BackupOperation | undefined {
  return ROUTES.find((r) => r.method === method.toUpperCase() && r.pattern.test(pathname))?.operation;
}

let validator: SchemaValidator | undefined;
const replies = (): SchemaValidator => {
  validator ??= createSchemaValidator(relaxForReplies(loadServiceDocument("backup").components.schemas, "backup"));
  return validator;
};

/**
 * What is wrong with one AWS Backup reply: a success body against the operation's output shape (an empty body as
 * `{}`); an error must name its type in `X-Amzn-ErrorType` (restJson1), and a modelled error's body must match its
 * shape.
 */
export function backupReplyProblems(operation: BackupOperation, status: number, headers: Headers, text: string) {
  let body: unknown;
  try {
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    return [`the body is not JSON (content-type ${headers.get("content-type") ?? "none"})`];
  }
  const descriptor: OperationDescriptor = backup.operations[operation];
  if (status >= 200 && status < 300) {
    const schema = descriptor.output;
    if (schema === undefined) {
      return [];
    }
    const validate = replies().named(schema);
    return validate(body) ? [] : describeErrors(validate.errors);
  }
  const header = headers.get("x-amzn-errortype");
  if (!header) {
    return ["the error reply has no X-Amzn-ErrorType header"];
  }
  const name = normaliseErrorCode(header);
  if (!descriptor.errors.some((e) => e.name === name) || !replies().has(name)) {
    return [];
  }
  const validate = replies().named(name);
  return validate(body) ? [] : describeErrors(validate.errors).map((p) => `${name}: ${p}`);
}

/**
 * Wraps fetch so that every AWS Backup reply is validated against the Backup document; violations go to `sink` with
 * the service `backup` (evidence for the check that made the call, failures for the BKP-SCHEMA checks).
 */
export function observingBackupFetch(
  sink: (violation: SchemaViolation) => void,
  inner: (request: Request) => Promise<Response> = networkFetch,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const operation = operationOf(request.method, new URL(request.url).pathname);
    const received = await inner(request);
    if (operation === undefined) {
      return received;
    }
    const reply = await readReply(received);
    if (reply.text === undefined) {
      throw reply.error;
    }
    const problems = backupReplyProblems(operation, reply.response.status, reply.response.headers, reply.text);
    if (problems.length > 0) {
      sink({ service: BACKUP_SERVICE, operation, status: reply.response.status, problems });
    }
    return reply.response;
  };
}
