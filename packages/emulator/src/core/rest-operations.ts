import type { OperationDescriptor } from "@cloudhsm-kit/spec";
import type { JsonSchema, OpenApiDocument } from "@cloudhsm-kit/spec/validation";
import type { RestOperation, RestValueType } from "./protocol/protocol.js";

/** A parameter of the document's operation (`paths.<uri>.<method>.parameters[]`), as far as this reads one. */
interface DocumentParameter {
  name: string;
  in: string;
  required?: boolean;
  "x-aws-member"?: string;
  schema?: JsonSchema;
}

const parametersOf = (doc: OpenApiDocument, op: OperationDescriptor): DocumentParameter[] =>
  ((doc.paths[op.specPath]?.[op.http.method.toLowerCase()] as { parameters?: DocumentParameter[] } | undefined)
    ?.parameters ?? []) as DocumentParameter[];

/** A parameter's schema with its `$ref` followed (one level: the document's scalar shapes are not nested). */
function resolved(doc: OpenApiDocument, schema: JsonSchema | undefined): JsonSchema {
  const ref = typeof schema?.$ref === "string" ? schema.$ref.split("/").pop() : undefined;
  return (ref === undefined ? schema : doc.components.schemas[ref]) ?? {};
}

function valueType(schema: JsonSchema, timestamp: boolean): RestValueType {
  if (timestamp || schema.format === "date-time") {
    return "timestamp";
  }
  switch (schema.type) {
    case "integer":
    case "boolean":
      return schema.type;
    case "array":
      return "list";
    default:
      return "string";
  }
}

/**
 * A REST service's operations as its protocol routes them (method, URI, path and query members with their types),
 * read from the descriptor's bindings and the document's parameter schemas.
 */
export function restOperationsOf(doc: OpenApiDocument, operations: readonly OperationDescriptor[]): RestOperation[] {
  return operations.map((op) => {
    const schemas = new Map(parametersOf(doc, op).map((p) => [p.name, resolved(doc, p.schema)]));
    return {
      name: op.name,
      method: op.http.method,
      uri: op.http.uri,
      parameters: (op.parameters ?? []).map((p) => ({
        member: p.member,
        in: p.in,
        name: p.name,
        type: valueType(schemas.get(p.name) ?? {}, p.timestamp === true),
      })),
    };
  });
}

/**
 * `<Op>Request` schemas for a REST service's input validation (core/validation): the body members of `<Op>Input` and
 * the path and query members under their member names, as the protocol hands them over (a query timestamp already
 * read into epoch seconds). The document's schemas are returned with these added.
 */
export function restRequestSchemas(
  doc: OpenApiDocument,
  operations: readonly OperationDescriptor[],
): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = { ...doc.components.schemas };
  for (const op of operations) {
    const input = doc.components.schemas[op.input] ?? {};
    const properties = { ...((input.properties as Record<string, JsonSchema> | undefined) ?? {}) };
    const required = [...((input.required as string[] | undefined) ?? [])];
    for (const p of parametersOf(doc, op)) {
      const member = p["x-aws-member"] ?? p.name;
      const schema = p.schema ?? {};
      properties[member] = resolved(doc, schema).format === "date-time" ? { type: "number" } : schema;
      if (p.required) {
        required.push(member);
      }
    }
    schemas[`${op.name}Request`] = { type: "object", properties, required };
  }
  return schemas;
}
