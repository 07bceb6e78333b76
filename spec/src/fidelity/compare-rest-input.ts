import { type Comparison, refName } from "./context.js";
import { JSON_MEDIA_TYPE, type RestOperation, type RestParameter } from "./rest-operation.js";
import type { BotocoreMember, BotocoreModel, BotocoreOperation, JsonSchema } from "./types.js";

const PARAMETER_IN: Record<string, string> = { uri: "path", querystring: "query", header: "header" };

/**
 * A REST JSON operation's input: URI and query members as parameters under their wire names, the other members as
 * the JSON body (the input shape's schema, when it has body members). Returns the input shape as the member
 * comparison reads it: the body schema's members with the parameters' added.
 */
export function compareInput(
  c: Comparison,
  at: string,
  model: BotocoreModel,
  operation: BotocoreOperation,
  spec: RestOperation,
): JsonSchema | undefined {
  c.expectEqual(at, "input shape (x-aws-input)", operation.input?.shape, spec["x-aws-input"]);
  const name = operation.input?.shape;
  if (name === undefined) {
    return undefined;
  }
  const members = Object.entries(model.shapes[name]?.members ?? {});
  const required = new Set(model.shapes[name]?.required ?? []);
  const bound = members.filter(([, m]) => m.location !== undefined);
  const hasBody = members.length > bound.length;
  const body = spec.requestBody?.content?.[JSON_MEDIA_TYPE]?.schema;
  c.expectEqual(
    at,
    "request body schema (the input shape, when it has body members)",
    hasBody ? name : undefined,
    refName(body),
  );
  const bodyRequired = members.some(([member, m]) => m.location === undefined && required.has(member));
  c.expectEqual(at, "request body required", bodyRequired, spec.requestBody?.required === true);
  const schema = c.schemas[name] ?? {};
  const properties: Record<string, JsonSchema> = { ...(schema.properties ?? {}) };
  const requiredMembers = [...(schema.required ?? [])];
  const parameters = [...(spec.parameters ?? [])];
  for (const [member, target] of bound) {
    const where = PARAMETER_IN[target.location ?? ""] ?? target.location;
    const index = parameters.findIndex((p) => p.in === where && p.name === (target.locationName ?? member));
    if (index < 0) {
      c.differ(
        `${name}.${member}`,
        `${where} parameter ${target.locationName ?? member} missing`,
        target.shape,
        undefined,
      );
      continue;
    }
    const [parameter] = parameters.splice(index, 1) as [RestParameter];
    c.expectEqual(`${name}.${member}`, `${where} parameter's member (x-aws-member)`, member, parameter["x-aws-member"]);
    if (member in properties) {
      c.differ(`${name}.${member}`, `bound to the ${where} yet also a body member`, undefined, member);
    }
    properties[member] = parameterSchema(c, `${name}.${member}`, model, target, parameter);
    const isRequired = where === "path" || required.has(member);
    c.expectEqual(`${name}.${member}`, `${where} parameter required`, isRequired, parameter.required === true);
    if (parameter.required === true) {
      requiredMembers.push(member);
    }
  }
  for (const parameter of parameters) {
    c.differ(at, `${parameter.in} parameter ${parameter.name} not in AWS's model`, undefined, parameter.name);
  }
  return { ...schema, type: "object", properties, required: requiredMembers };
}

/** A parameter's schema as the member comparison reads it: the model shape's, or a query timestamp's ISO form. */
function parameterSchema(
  c: Comparison,
  at: string,
  model: BotocoreModel,
  member: BotocoreMember,
  parameter: RestParameter,
): JsonSchema {
  if (model.shapes[member.shape]?.type === "timestamp" && member.location !== "uri") {
    const iso = { type: parameter.schema?.type, format: parameter.schema?.format };
    c.expectEqual(at, "timestamp parameter is an ISO 8601 string", { type: "string", format: "date-time" }, iso);
    return { $ref: `#/components/schemas/${member.shape}` };
  }
  return parameter.schema ?? {};
}
