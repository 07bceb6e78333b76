import { createSchemaValidator, type OpenApiDocument, type ValidateFunction } from "@cloudhsm-kit/spec/validation";
import { quote } from "../../../core/options/option-error.js";
import { TAG_CHOICES } from "../domain/tag-choices.js";
import type { Tag } from "../store/records.js";

/**
 * The check of a tag list given to the fixture route or a seed: the spec's own `Tag` shape (key 1–128 and value 0–256
 * characters of the model's pattern), at most TAG_CHOICES.maxTagsPerResource tags, no key with the reserved prefix. An
 * empty list means no tags. Returns what is wrong, naming the member (`at` is the list's path), or undefined.
 */
export type TagListCheck = (value: unknown, at: string) => string | undefined;

/** Compiled on first use: most emulators never get a tag list this way. */
export function createTagListCheck(spec: OpenApiDocument): TagListCheck {
  let validate: ValidateFunction | undefined;
  const compile = (): ValidateFunction =>
    createSchemaValidator(spec.components.schemas, { allErrors: false }).compile({
      type: "array",
      maxItems: TAG_CHOICES.maxTagsPerResource,
      items: { allOf: [{ $ref: "#/components/schemas/Tag" }, { propertyNames: { enum: ["Key", "Value"] } }] },
    });
  return (value, at) => {
    validate ??= compile();
    if (!validate(value)) {
      const error = validate.errors?.[0];
      const path = (error?.instancePath ?? "").replace(/\/(\d+)/g, "[$1]").replace(/\//g, ".");
      return `${at}${path} ${error?.message ?? "is not valid"}; expected a list of at most ${TAG_CHOICES.maxTagsPerResource} {"Key", "Value"} tags, e.g. [{"Key": "team", "Value": "payments"}]; got ${quote(value)}`;
    }
    const reserved = (value as Tag[]).findIndex((t) => t.Key.toLowerCase().startsWith(TAG_CHOICES.reservedTagPrefix));
    if (reserved >= 0) {
      return `${at}[${reserved}].Key uses the reserved prefix ${quote(TAG_CHOICES.reservedTagPrefix)}`;
    }
    return undefined;
  };
}
