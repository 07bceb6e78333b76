import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createBackupClient } from "@cloudhsm-kit/client/backup";
import { backup, type OperationDescriptor } from "@cloudhsm-kit/spec";
import { createControlClient } from "@cloudhsm-kit/spec/control";
import {
  createSchemaValidator,
  describeErrors,
  loadServiceDocument,
  relaxForReplies,
} from "@cloudhsm-kit/spec/validation";
import { createRestRoutes } from "../src/core/protocol/rest-json/route.js";
import { toWebRequest } from "../src/core/protocol/web-messages.js";
import { restOperationsOf } from "../src/core/rest-operations.js";
import { createEmulator, type Emulator, type EmulatorOptions } from "../src/emulator.js";
import { readRequest } from "../src/node/server.js";
import { BASE } from "./helpers.js";

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

/**
 * A socket for clients that cannot take an injected fetch (the official `@aws-sdk/client-backup`): node:http in front
 * of `backupCheckingFetch(emu)`, through the emulator's own Node adapter's request reading (`readRequest`).
 */
export async function serveChecked(
  emu: Emulator,
  seen?: SeenReplies,
): Promise<{ url: string; close(): Promise<void> }> {
  const checked = backupCheckingFetch(emu, seen);
  let base = "";
  const server = createServer((req, res) => {
    void Promise.resolve(readRequest(req, base))
      .then((request) => checked(toWebRequest(request)))
      .then(async (response) => {
        const headers: Record<string, string> = {};
        response.headers.forEach((value, key) => {
          headers[key] = value;
        });
        res.writeHead(response.status, headers);
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((error: unknown) => {
        res.writeHead(599, { "content-type": "text/plain" });
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: base, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export const SOURCE_ACCOUNT = "111122223333";
export const DESTINATION_ACCOUNT = "444455556666";

/** An in-process emulator, its control client, and typed Backup clients of two accounts in us-east-1 and us-west-2. */
export function backupSetup(options: EmulatorOptions = {}) {
  const emu = createEmulator({ log: () => undefined, realTimeMs: () => 0, ...options });
  const fetch = backupCheckingFetch(emu);
  const control = createControlClient(BASE, { fetch: (r) => emu.fetch(r) });
  const client = (region: string, accessKeyId: string) =>
    createBackupClient({ region, endpoint: BASE, credentials: { accessKeyId, secretAccessKey: "s" }, fetch });
  return { emu, control, east: client("us-east-1", SOURCE_ACCOUNT), west: client("us-west-2", DESTINATION_ACCOUNT) };
}
