import {
  createSchemaValidator,
  describeErrors,
  type JsonSchema,
  loadControlDocument,
} from "@cloudhsm-kit/spec/validation";
import { expect } from "vitest";
import { BASE, type createHarness } from "./helpers.js";

/** The control API against its own OpenAPI document (spec/control/control-api.yaml, bundled by @cloudhsm-kit/spec). */
const controlDocument = loadControlDocument();
const replies = createSchemaValidator(controlDocument.components.schemas);

interface Reply {
  $ref?: string;
  content?: Record<string, { schema?: JsonSchema }>;
}
const paths = controlDocument.paths as Record<
  string,
  Record<string, { responses?: Record<string, Reply> } | undefined>
>;
const sharedReplies = controlDocument.components.responses as Record<string, Reply>;

/** The capabilities the document's `Info` schema lists. */
export const documentedCapabilities = (
  controlDocument.components.schemas.Info as { properties: { capabilities: { items: { enum: string[] } } } }
).properties.capabilities.items.enum;

/** The reply schema the document gives for `method path status`. */
function replySchema(method: string, path: string, status: number): JsonSchema | undefined {
  const template = Object.keys(paths).find((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path));
  const op = paths[template as string]?.[method.toLowerCase()];
  if (!op) {
    // No such route or method in the document: the reply must still be a described control error.
    return { $ref: "#/components/schemas/ControlError" };
  }
  let response = op.responses?.[String(status)];
  if (response?.$ref) {
    response = sharedReplies[response.$ref.split("/").pop() as string];
  }
  return response?.content?.["application/json"]?.schema;
}

/** One control call through `emulator.fetch`; the reply must be one the document describes for its status. */
export async function control(h: ReturnType<typeof createHarness>, method: string, path: string, body?: unknown) {
  const response = await h.emu.fetch(
    new Request(`${BASE}/_emulator/v1${path}`, {
      method,
      headers: { "Content-Type": "application/json" },
      ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
    }),
  );
  const json = await response.json();
  const schema = replySchema(method, `/_emulator/v1${path}`, response.status);
  expect(schema, `${method} ${path} → ${response.status} is described`).toBeDefined();
  const validate = replies.compile(schema as JsonSchema);
  const valid = validate(json);
  expect(valid, `${method} ${path}: ${describeErrors(validate.errors).join(", ")}`).toBe(true);
  return { status: response.status, body: json };
}
