import {
  createSchemaValidator,
  describeErrors,
  loadServiceDocument,
  relaxForReplies,
} from "@cloudhsm-kit/spec/validation";

/**
 * Validates reply bodies against the spec's `<Op>Response` schemas with the project's one list of reply relaxations
 * (`REPLY_RELAXATIONS` of `@cloudhsm-kit/spec/validation`): the model constraints real replies are documented to break.
 */
export function createResponseValidator() {
  const replies = createSchemaValidator(relaxForReplies(loadServiceDocument().components.schemas));
  return (operation: string, body: unknown): string | undefined => {
    const schema = `${operation}Response`;
    if (!replies.has(schema)) {
      return `no schema for ${schema}`;
    }
    const validate = replies.named(schema);
    return validate(body) ? undefined : describeErrors(validate.errors).join(", ");
  };
}

/** Validates error bodies: `__type` + `Message` (modelled) or `message` (framework). */
export function isAwsErrorBody(body: unknown): boolean {
  const b = body as Record<string, unknown>;
  return typeof b?.__type === "string" && (typeof b.Message === "string" || typeof b.message === "string");
}
