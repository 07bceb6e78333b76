import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect } from "vitest";
import { parse } from "yaml";
import { BASE, type createHarness } from "./helpers.js";

/** The control API against its own OpenAPI document (spec/control/control-api.yaml). */
export const controlDocument = parse(
  readFileSync(new URL("../../../spec/control/control-api.yaml", import.meta.url), "utf8"),
);
const ajv = new Ajv2020({ strict: false });
ajv.addSchema({ $id: "control", components: controlDocument.components });

/** The reply schema the document gives for `method path status`. */
function replySchema(method: string, path: string, status: number) {
  const template = Object.keys(controlDocument.paths).find((p) =>
    new RegExp(`^${p.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path),
  );
  const op = controlDocument.paths[template as string]?.[method.toLowerCase()];
  if (!op) {
    // No such route or method in the document: the reply must still be a described control error.
    return { $ref: "#/components/schemas/ControlError" };
  }
  let response = op.responses?.[String(status)];
  if (response?.$ref) {
    response = controlDocument.components.responses[response.$ref.split("/").pop()];
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
  const validate = ajv.compile({
    ...schema,
    $id: undefined,
    components: undefined,
    $ref: schema.$ref?.replace("#", "control#"),
  });
  expect(validate(json), `${method} ${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  return { status: response.status, body: json };
}
