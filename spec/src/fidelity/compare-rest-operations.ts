import { type Comparison, refName } from "./context.js";
import type { BotocoreModel, BotocoreOperation, JsonSchema } from "./types.js";

export type RestPaths = Record<string, Record<string, unknown>>;

import { compareInput } from "./compare-rest-input.js";
import { JSON_MEDIA_TYPE, type RestOperation } from "./rest-operation.js";

const METHODS = ["get", "put", "post", "delete", "patch", "head"];

/** The HTTP status AWS sends an error of the model with under restJson1. */
export const restErrorStatus = (model: BotocoreModel, name: string): number => {
  const shape = model.shapes[name];
  return shape?.error?.httpStatusCode ?? (shape?.fault === true ? 500 : 400);
};

/**
 * REST JSON (restJson1) operations: each at the model's method and request URI, its URI and query members as
 * parameters (query timestamps as ISO 8601 strings), its other members as a JSON body, its reply, and each modelled
 * error under its HTTP status with an `X-Amzn-ErrorType` header naming it. Returns, for each input shape, the schema
 * made of its body schema and its parameters, which the shape comparison then checks member by member.
 */
export function compareRestOperations(c: Comparison, model: BotocoreModel, paths: RestPaths): Map<string, JsonSchema> {
  const found = new Map<string, { method: string; uri: string; operation: RestOperation }>();
  for (const [uri, item] of Object.entries(paths)) {
    for (const method of METHODS.filter((m) => item[m] !== undefined)) {
      const operation = item[method] as RestOperation;
      if (operation.operationId === undefined) {
        c.differ(`${method.toUpperCase()} ${uri}`, "operation without an operationId", "an operationId", undefined);
        continue;
      }
      found.set(operation.operationId, { method: method.toUpperCase(), uri, operation });
    }
  }
  for (const name of Object.keys(model.operations).filter((n) => !found.has(n))) {
    c.differ(`Operation ${name}`, "operation missing from the spec", name, undefined);
  }
  for (const name of [...found.keys()].filter((n) => !(n in model.operations))) {
    c.differ(`Operation ${name}`, "operation not in AWS's model", undefined, name);
  }
  const inputs = new Map<string, JsonSchema>();
  for (const [name, modelOperation] of Object.entries(model.operations)) {
    const spec = found.get(name);
    if (spec !== undefined) {
      c.compared.operations++;
      const at = `Operation ${name}`;
      c.expectEqual(
        at,
        "HTTP binding",
        `${modelOperation.http.method} ${modelOperation.http.requestUri}`,
        `${spec.method} ${spec.uri}`,
      );
      const input = compareInput(c, at, model, modelOperation, spec.operation);
      if (input !== undefined && modelOperation.input !== undefined) {
        inputs.set(modelOperation.input.shape, input);
      }
      compareOutput(c, at, model, modelOperation, spec.operation);
      compareRestErrors(c, at, model, modelOperation, spec.operation);
    }
  }
  return inputs;
}

function compareOutput(
  c: Comparison,
  at: string,
  model: BotocoreModel,
  operation: BotocoreOperation,
  spec: RestOperation,
): void {
  c.expectEqual(at, "output shape (x-aws-output)", operation.output?.shape, spec["x-aws-output"]);
  const name = operation.output?.shape;
  const hasBody = name !== undefined && Object.keys(model.shapes[name]?.members ?? {}).length > 0;
  const body = spec.responses?.["200"]?.content?.[JSON_MEDIA_TYPE]?.schema;
  c.expectEqual(at, "200 reply body schema", hasBody ? name : undefined, refName(body));
}

/** Each modelled error under its status; the status's `X-Amzn-ErrorType` header lists exactly those errors. */
function compareRestErrors(
  c: Comparison,
  at: string,
  model: BotocoreModel,
  operation: BotocoreOperation,
  spec: RestOperation,
): void {
  const expected = new Map<string, string[]>();
  for (const { shape } of operation.errors ?? []) {
    const status = String(restErrorStatus(model, shape));
    expected.set(status, [...(expected.get(status) ?? []), shape].sort());
  }
  c.compared.operationErrors += operation.errors?.length ?? 0;
  const statuses = Object.keys(spec.responses ?? {}).filter((s) => !s.startsWith("2"));
  c.expectEqual(at, "error statuses", [...expected.keys()].sort(), statuses.sort());
  for (const [status, names] of expected) {
    const reply = spec.responses?.[status];
    const schema = reply?.content?.[JSON_MEDIA_TYPE]?.schema;
    const listed = (schema?.anyOf ?? [schema]).map(refName).filter((n) => n !== undefined);
    c.expectEqual(at, `errors sent with HTTP ${status}`, names, listed.sort());
    const header = reply?.headers?.["X-Amzn-ErrorType"];
    c.expectEqual(
      at,
      `X-Amzn-ErrorType header of HTTP ${status} (required, naming those errors)`,
      { required: true, names },
      { required: header?.required, names: [...(header?.schema?.enum ?? [])].sort() },
    );
  }
}
