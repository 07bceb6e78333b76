// The module src/generated/<id>/service.ts of one service, rendered from its bundle dist/services/<id>/openapi.json:
// the service's identity (`info.x-aws-service` and `info.version`) and, apart, its wire names (what a client bundle
// needs of it), its operation names, its operations (HTTP binding, target, input and output shapes, modelled errors
// with their HTTP status) and its error names, as literal data that src/descriptor/ types.

const IDENTITY_KEYS = ["serviceId", "protocol", "signingName", "endpointPrefix", "arnNamespace", "partitions"];
const METHODS = ["get", "put", "post", "delete", "patch", "head"];
const SCHEMA_REF = "#/components/schemas/";
const RESPONSE_REF = "#/components/responses/";

const schemaName = (schema, where) => {
  if (typeof schema?.$ref !== "string" || !schema.$ref.startsWith(SCHEMA_REF)) {
    throw new Error(`${where}: expected a $ref to a named schema`);
  }
  return schema.$ref.slice(SCHEMA_REF.length);
};

/** The one schema of a request or response body, whatever its media type. */
const bodySchema = (body) => Object.values(body?.content ?? {})[0]?.schema;

function identityOf(id, info) {
  const service = info?.["x-aws-service"];
  if (service?.id !== id) {
    throw new Error(`info.x-aws-service.id of services/${id} must be ${JSON.stringify(id)}`);
  }
  for (const key of IDENTITY_KEYS) {
    if (service[key] === undefined) {
      throw new Error(`services/${id}: info.x-aws-service.${key} is missing`);
    }
  }
  return { ...service, apiVersion: info.version };
}

function errorsOf(operation, responses, where) {
  const errors = [];
  for (const [status, reply] of Object.entries(operation.responses ?? {})) {
    if (status.startsWith("2")) {
      continue;
    }
    const resolved = reply.$ref?.startsWith(RESPONSE_REF) ? responses[reply.$ref.slice(RESPONSE_REF.length)] : reply;
    const schema = bodySchema(resolved);
    for (const alternative of schema?.oneOf ?? schema?.anyOf ?? [schema]) {
      errors.push({ name: schemaName(alternative, `${where} ${status}`), status: Number(status) });
    }
  }
  return errors.sort((a, b) => a.name.localeCompare(b.name));
}

/** REST operations' URI and query members, as `ParameterBinding`s. */
function parametersOf(operation) {
  const bound = (operation.parameters ?? []).filter((p) => p["x-aws-member"] !== undefined);
  if (bound.length === 0) {
    return {};
  }
  return {
    parameters: bound.map((p) => ({
      member: p["x-aws-member"],
      in: p.in,
      name: p.name,
      ...(p.schema?.format === "date-time" ? { timestamp: true } : {}),
    })),
  };
}

/** The input member clients fill with a fresh token when left out (`x-aws-idempotency-token`), if any. */
function idempotencyTokenOf(operation, schemas) {
  const body = bodySchema(operation.requestBody);
  const properties = body?.$ref?.startsWith(SCHEMA_REF)
    ? schemas[body.$ref.slice(SCHEMA_REF.length)]?.properties
    : undefined;
  const member = Object.entries(properties ?? {}).find(([, p]) => p["x-aws-idempotency-token"] === true)?.[0];
  return member === undefined ? {} : { idempotencyToken: member };
}

function outputOf(operation, where) {
  if (operation["x-aws-input"] !== undefined) {
    return operation["x-aws-output"] === undefined ? {} : { output: operation["x-aws-output"] };
  }
  return { output: schemaName(bodySchema(operation.responses?.["200"]), `${where} 200`) };
}

function operationsOf(doc) {
  const operations = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS.filter((m) => item[m] !== undefined)) {
      const operation = item[method];
      const where = `${method.toUpperCase()} ${path}`;
      operations[operation.operationId] = {
        name: operation.operationId,
        http: { method: method.toUpperCase(), uri: path.split("#")[0] },
        specPath: path,
        ...(operation["x-amz-target"] ? { target: operation["x-amz-target"] } : {}),
        // REST operations name their model shapes (an input may have no body; an output, no members).
        input: operation["x-aws-input"] ?? schemaName(bodySchema(operation.requestBody), `${where} request`),
        ...outputOf(operation, where),
        errors: errorsOf(operation, doc.components?.responses ?? {}, where),
        ...parametersOf(operation),
        ...(operation["x-aws-input"] !== undefined && operation.requestBody !== undefined ? { body: true } : {}),
        ...idempotencyTokenOf(operation, doc.components?.schemas ?? {}),
      };
    }
  }
  return Object.fromEntries(Object.entries(operations).sort(([a], [b]) => a.localeCompare(b)));
}

const literal = (value) => `${JSON.stringify(value, null, 2)} as const`;

/** The text of src/generated/<id>/service.ts for the bundled document `doc` of service `id`. */
export function renderServiceModule(id, doc) {
  const identity = identityOf(id, doc.info);
  const operations = operationsOf(doc);
  const errorNames = [...new Set(Object.values(operations).flatMap((op) => op.errors.map((e) => e.name)))].sort();
  const { targetPrefix, signingName, endpointPrefix } = identity;
  const wireNames = { ...(targetPrefix ? { targetPrefix } : {}), signingName, endpointPrefix };
  return [
    `// Generated by scripts/codegen from dist/services/${id}/openapi.json (npm run codegen -w @cloudhsm-kit/spec).`,
    "// Never edited by hand: change the OpenAPI source and regenerate.",
    "",
    "/** The names requests carry: target prefix, signing name, endpoint prefix (the identity's, on their own). */",
    `export const wireNames = ${literal(wireNames)};`,
    "",
    `export const identity = ${literal(identity)};`,
    "",
    `export const operationNames = ${literal(Object.keys(operations))};`,
    "",
    `export const operations = ${literal(operations)};`,
    "",
    `export const errorNames = ${literal(errorNames)};`,
    "",
  ].join("\n");
}
