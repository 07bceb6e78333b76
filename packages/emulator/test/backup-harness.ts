import { backup, type OperationDescriptor } from "@cloudhsm-kit/spec";
import {
  createSchemaValidator,
  describeErrors,
  loadServiceDocument,
  relaxForReplies,
} from "@cloudhsm-kit/spec/validation";
import { createRestRoutes } from "../src/core/protocol/rest-json/route.js";
import { restOperationsOf } from "../src/core/rest-operations.js";
import type { Emulator } from "../src/emulator.js";

const doc = loadServiceDocument("backup");
const replies = createSchemaValidator(relaxForReplies(doc.components.schemas, "backup"));
const routes = createRestRoutes(restOperationsOf(doc, Object.values(backup.operations)));

/** Every Backup reply seen by `backupCheckingFetch`, by operation (tests assert coverage with it). */
export type SeenReplies = Map<string, number[]>;

/**
 * A transport for AWS Backup clients: `emulator.fetch`, with each reply checked on the wire — a 200 body against the
 * Backup document's output schema of its operation (reply relaxations for "backup" applied), an error for
 * `X-Amzn-ErrorType` and a `Message` (or a framework error's `message`), a request id on both. A bad reply throws.
 */
export function backupCheckingFetch(emu: Emulator, seen: SeenReplies = new Map()) {
  return async function checkedFetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const operation = routes.match(request.method, url.pathname)?.operation.name ?? "(unrouted)";
    const response = await emu.fetch(request);
    const text = await response.clone().text();
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    seen.set(operation, [...(seen.get(operation) ?? []), response.status]);
    const problem = replyProblem(operation, response, body);
    if (problem) {
      throw new Error(`${request.method} ${url.pathname} (${operation}): ${problem}: ${text}`);
    }
    return response;
  };
}

function replyProblem(operation: string, response: Response, body: Record<string, unknown>): string | undefined {
  if (!response.headers.get("x-amzn-requestid")) {
    return "no x-amzn-RequestId";
  }
  if (response.status !== 200) {
    const typed = response.headers.get("x-amzn-errortype");
    const message = typeof body.Message === "string" || typeof body.message === "string";
    return typed && message ? undefined : "an error without X-Amzn-ErrorType and a message";
  }
  const descriptors: Readonly<Record<string, OperationDescriptor>> = backup.operations;
  const output = descriptors[operation]?.output;
  if (output === undefined) {
    return Object.keys(body).length === 0 ? undefined : "a body where the model has no output";
  }
  const validate = replies.named(output);
  return validate(body) ? undefined : `reply breaks ${output}: ${describeErrors(validate.errors).join(", ")}`;
}
