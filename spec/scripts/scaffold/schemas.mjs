// Model shapes as OpenAPI 3.1 schemas of a REST JSON service: constraints as the model has them (patterns in a form
// JavaScript's `u` flag accepts), timestamps as the epoch seconds JSON bodies carry, errors as the body the service
// sends beside its `X-Amzn-ErrorType` header.

/** The shapes the operations reach: inputs, outputs, errors and every shape they refer to. */
export function shapesReached(model, operations) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) {
      return;
    }
    seen.add(name);
    const shape = model.shapes[name];
    for (const member of Object.values(shape.members ?? {})) {
      visit(member.shape);
    }
    for (const part of [shape.member, shape.key, shape.value]) {
      if (part !== undefined) {
        visit(part.shape);
      }
    }
  };
  for (const name of operations) {
    const operation = model.operations[name];
    for (const ref of [operation.input, operation.output, ...(operation.errors ?? [])]) {
      if (ref !== undefined) {
        visit(ref.shape);
      }
    }
  }
  return seen;
}

/** `\_` is an identity escape that the `u` flag refuses; unescaped it means the same. */
export const unicodeSafePattern = (pattern) => pattern.replace(/\\_/g, "_");

const ref = (name) => ({ $ref: `#/${name}` });
const defined = (entries) => Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));

/** Input members that travel in the URI, the query string or a header are parameters, not body members. */
export const inBody = (member) => member.location === undefined;

export function schemaOf(model, name, markdownOf) {
  const shape = model.shapes[name];
  const description = markdownOf(shape.documentation);
  switch (shape.type) {
    case "structure":
      return structureOf(model, name, shape, description, markdownOf);
    case "list":
      return defined({
        type: "array",
        description,
        items: ref(shape.member.shape),
        minItems: shape.min,
        maxItems: shape.max,
      });
    case "map":
      return defined({
        type: "object",
        description,
        propertyNames: ref(shape.key.shape),
        additionalProperties: ref(shape.value.shape),
        minProperties: shape.min,
        maxProperties: shape.max,
      });
    case "string":
      return defined({
        type: "string",
        description,
        enum: shape.enum,
        pattern: shape.pattern === undefined ? undefined : unicodeSafePattern(shape.pattern),
        minLength: shape.min,
        maxLength: shape.max,
      });
    case "integer":
    case "long":
      return defined({ type: "integer", description, minimum: shape.min, maximum: shape.max });
    case "boolean":
      return defined({ type: "boolean", description });
    case "timestamp":
      return { type: "number", description: description ?? "Seconds since the Unix epoch (JSON bodies)." };
    default:
      throw new Error(`${name}: shape type ${shape.type} has no schema form here`);
  }
}

function structureOf(model, name, shape, description, markdownOf) {
  const isInput = Object.values(model.operations).some((op) => op.input?.shape === name);
  const members = Object.entries(shape.members ?? {}).filter(([, member]) => !isInput || inBody(member));
  const required = (shape.required ?? []).filter((m) => members.some(([n]) => n === m));
  const properties = Object.fromEntries(
    members.map(([member, target]) => [
      member,
      defined({
        ...ref(target.shape),
        // SDKs fill the member with a fresh UUID when the caller leaves it out (Smithy's idempotencyToken trait).
        "x-aws-idempotency-token": target.idempotencyToken ? true : undefined,
        description: markdownOf(target.documentation),
      }),
    ]),
  );
  const status = shape.error?.httpStatusCode ?? (shape.fault ? 500 : 400);
  const errorNote = `Sent with HTTP status ${status} and the header \`X-Amzn-ErrorType: ${name}\`, which names the error.`;
  return defined({
    type: "object",
    description: shape.exception ? [description, errorNote].filter(Boolean).join("\n\n") : description,
    required: required.length > 0 ? required : undefined,
    properties,
  });
}
