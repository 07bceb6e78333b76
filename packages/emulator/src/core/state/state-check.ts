import { createSchemaValidator, type ErrorObject } from "@cloudhsm-kit/spec/validation";
import { excerpt } from "../protocol/json-limits.js";
import { STATE_FORMAT, STATE_VERSION } from "./state-document.js";

/** The errors of a state-document schema in words (at most five), after the sentence every refusal starts with. */
export function shapeProblem(errors: readonly ErrorObject[]): string {
  const described = errors
    .slice(0, 5)
    .map(
      (e) =>
        `${e.instancePath || "/"} ${e.message ?? e.keyword}${e.keyword === "const" ? ` ${excerpt(e.params.allowedValue, 80)}` : ""}`,
    )
    .join("; ");
  return `the document does not have the state document's shape: ${described}.`;
}

/**
 * The check of the core's members of a state document (format, version, clock, pending events of the kinds the
 * registered services own), before each service checks its own (`StateSection.check`, which also checks the
 * account and region of its events against its model).
 */
export function createCoreStateCheck(eventKinds: readonly string[]): (doc: unknown) => string | undefined {
  const number = { type: "number" };
  const string = { type: "string" };
  const validate = createSchemaValidator({}, { allErrors: false }).compile({
    type: "object",
    required: ["format", "version", "now", "clockOffsetMs", "events"],
    properties: {
      format: { const: STATE_FORMAT },
      version: { const: STATE_VERSION },
      now: number,
      clockOffsetMs: number,
      events: {
        type: "array",
        items: {
          type: "object",
          required: ["at", "seq", "kind", "account", "region", "id"],
          properties: {
            at: number,
            seq: { type: "integer", minimum: 0 },
            kind: { enum: eventKinds },
            account: string,
            region: string,
            id: string,
          },
        },
      },
    },
  });
  return (doc) => (validate(doc) ? undefined : shapeProblem(validate.errors ?? []));
}
