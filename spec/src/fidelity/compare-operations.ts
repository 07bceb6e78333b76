import { type Comparison, refName } from "./context.js";
import type { BotocoreModel, BotocoreOperation, JsonSchema } from "./types.js";

interface OpenApiOperation {
  operationId?: string;
  "x-amz-target"?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, OpenApiResponse>;
}

export interface OpenApiResponse {
  $ref?: string;
  content?: Record<string, { schema?: JsonSchema }>;
}

export type OpenApiPaths = Record<string, { post?: OpenApiOperation } & Record<string, unknown>>;

export const MEDIA_TYPE = "application/x-amz-json-1.1";

/** AWS JSON operations: operation set, targets, input/output shapes and error lists. */
export function compareOperations(
  c: Comparison,
  model: BotocoreModel,
  paths: OpenApiPaths,
  responses: Record<string, OpenApiResponse>,
): void {
  const prefix = model.metadata.targetPrefix;
  c.expectEqual(
    "metadata",
    "media type of every body",
    `application/x-amz-json-${model.metadata.jsonVersion}`,
    MEDIA_TYPE,
  );
  const specOperations = new Map<string, { path: string; operation: OpenApiOperation }>();
  for (const [path, item] of Object.entries(paths)) {
    const operation = item.post;
    if (operation?.operationId === undefined) {
      c.differ(path, "path without a POST operation that has an operationId", "POST", Object.keys(item));
      continue;
    }
    specOperations.set(operation.operationId, { path, operation });
  }
  for (const name of Object.keys(model.operations)) {
    if (!specOperations.has(name)) {
      c.differ(`Operation ${name}`, "operation missing from the spec", name, undefined);
    }
  }
  for (const name of specOperations.keys()) {
    if (!(name in model.operations)) {
      c.differ(`Operation ${name}`, "operation not in AWS's model", undefined, name);
    }
  }
  for (const [name, modelOperation] of Object.entries(model.operations)) {
    const found = specOperations.get(name);
    if (found !== undefined) {
      c.compared.operations++;
      compareOperation(
        c,
        `${prefix}.${name}`,
        modelOperation,
        found.path,
        withResolvedResponses(found.operation, responses),
        model,
      );
    }
  }
}

function compareOperation(
  c: Comparison,
  target: string,
  model: BotocoreOperation,
  path: string,
  spec: OpenApiOperation,
  wholeModel: BotocoreModel,
): void {
  const at = `Operation ${model.name}`;
  c.expectEqual(at, "HTTP binding (AWS JSON 1.1 is POST /)", "POST /", `${model.http.method} ${model.http.requestUri}`);
  c.expectEqual(at, "path", `/#X-Amz-Target=${target}`, path);
  c.expectEqual(at, "x-amz-target", target, spec["x-amz-target"]);
  const header = spec.parameters?.find((p) => p.in === "header" && p.name === "X-Amz-Target");
  c.expectEqual(
    at,
    "X-Amz-Target header parameter (required, constant)",
    { required: true, const: target },
    {
      required: header?.required,
      const: header?.schema?.const,
    },
  );
  c.expectEqual(at, "input shape", model.input?.shape, refName(spec.requestBody?.content?.[MEDIA_TYPE]?.schema));
  c.expectEqual(
    at,
    "output shape",
    model.output?.shape,
    refName(spec.responses?.["200"]?.content?.[MEDIA_TYPE]?.schema),
  );
  compareErrors(c, at, model, spec, wholeModel);
}

/**
 * The model's errors of an operation, split by its `fault` flag: server faults are the 500 reply, the rest the 400
 * reply (AWS JSON 1.1 sends modelled client errors with 400).
 */
function compareErrors(
  c: Comparison,
  at: string,
  model: BotocoreOperation,
  spec: OpenApiOperation,
  wholeModel: BotocoreModel,
): void {
  const clientSchema = spec.responses?.["400"]?.content?.[MEDIA_TYPE]?.schema;
  const clientErrors = (clientSchema?.oneOf ?? [clientSchema]).map(refName).filter((n) => n !== undefined);
  const serverErrors = [refName(spec.responses?.["500"]?.content?.[MEDIA_TYPE]?.schema)].filter((n) => n !== undefined);
  const modelErrors = (model.errors ?? []).map((e) => e.shape);
  const isFault = (name: string) => wholeModel.shapes[name]?.fault === true;
  c.compared.operationErrors += modelErrors.length;
  c.expectEqual(
    at,
    "client errors (HTTP 400)",
    modelErrors.filter((n) => !isFault(n)).sort(),
    [...clientErrors].sort(),
  );
  c.expectEqual(at, "server faults (HTTP 500)", modelErrors.filter(isFault).sort(), [...serverErrors].sort());
  for (const name of serverErrors) {
    if (!modelErrors.includes(name)) {
      continue;
    }
    const schema = c.schemas[name];
    if (schema?.properties?.__type?.const !== name) {
      c.differ(at, "500 reply must be a modelled error schema", name, schema?.properties?.__type);
    }
  }
}

const RESPONSE_REF = "#/components/responses/";

/** Replaces `$ref`s to shared responses (the common 500) by the responses themselves. */
function withResolvedResponses(operation: OpenApiOperation, shared: Record<string, OpenApiResponse>): OpenApiOperation {
  const resolved: Record<string, OpenApiResponse> = {};
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    const name = response.$ref?.startsWith(RESPONSE_REF) ? response.$ref.slice(RESPONSE_REF.length) : undefined;
    resolved[status] = name === undefined ? response : (shared[name] ?? response);
  }
  return { ...operation, responses: resolved };
}
