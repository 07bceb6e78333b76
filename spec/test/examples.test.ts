import { describe, expect, it } from "vitest";
import { SERVICE_IDS } from "../src/service-ids.js";
import { createSchemaValidator, describeErrors, type JsonSchema, relaxForReplies } from "../src/validation/index.js";
import { loadSpec } from "./load.js";

type Media = { schema?: JsonSchema; examples?: Record<string, { value?: unknown }> };
type Operation = {
  operationId: string;
  requestBody?: { content?: Record<string, Media> };
  responses?: Record<string, { content?: Record<string, Media> }>;
};

/** Every example of a document's bodies: where it is, its schema, its value, and whether it is a reply. */
function examplesOf(paths: Record<string, Record<string, Operation>>) {
  const found: { at: string; schema: JsonSchema; value: unknown; isReply: boolean }[] = [];
  const collect = (at: string, content: Record<string, Media> | undefined, isReply: boolean) => {
    for (const [type, media] of Object.entries(content ?? {})) {
      for (const [name, example] of Object.entries(media.examples ?? {})) {
        found.push({ at: `${at} ${type} ${name}`, schema: media.schema ?? {}, value: example.value, isReply });
      }
    }
  };
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      collect(`${operation.operationId} request`, operation.requestBody?.content, false);
      for (const [status, reply] of Object.entries(operation.responses ?? {})) {
        collect(`${operation.operationId} ${status}`, reply.content, true);
      }
    }
  }
  return found;
}

describe.each(SERVICE_IDS)("the examples of %s", (service) => {
  const spec = loadSpec(service) as unknown as {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, JsonSchema> };
  };
  const requests = createSchemaValidator(spec.components.schemas);
  const replies = createSchemaValidator(relaxForReplies(spec.components.schemas, service));
  const examples = examplesOf(spec.paths);

  it("are there, on every body", () => {
    expect(examples.length).toBeGreaterThan(Object.keys(spec.paths).length);
  });

  it("each validate against the schema of their body (replies with the reply relaxations)", () => {
    const failures = examples.flatMap(({ at, schema, value, isReply }) => {
      const validate = (isReply ? replies : requests).compile(schema);
      return validate(value) ? [] : [`${at}: ${describeErrors(validate.errors ?? [])}`];
    });
    expect(failures).toEqual([]);
  });
});
