// An example value of a model shape, told from the scenario (scenario.mjs): named members take the scenario's
// value; a structure shows its scenario members and its required ones, a list one item, a map one entry.
import { NOT_SHOWN, SCENARIO } from "./scenario.mjs";

const EPOCH = 1733299200.123;

function scalarOf(shape, member) {
  if (shape.enum !== undefined) {
    return shape.enum[0];
  }
  switch (shape.type) {
    case "integer":
    case "long":
      return Math.max(shape.min ?? 1, Math.min(shape.max ?? 100, 1));
    case "boolean":
      return false;
    case "timestamp":
      return EPOCH;
    default:
      return `example-${member ?? "value"}`.slice(0, shape.max ?? 50);
  }
}

/** A structure or list with something of the scenario in it. */
const isTelling = (value) =>
  Array.isArray(value)
    ? value.length > 0
    : typeof value === "object" && value !== null && Object.keys(value).length > 0;

/** The example of `name` (reached through member `member`), `depth` structures deep. */
export function exampleOf(model, name, member = undefined, depth = 0) {
  if (member !== undefined && member in SCENARIO) {
    return SCENARIO[member];
  }
  const shape = model.shapes[name];
  switch (shape.type) {
    case "structure": {
      // Scenario members, required members, and nested structures that tell part of the story.
      const required = new Set(shape.required ?? []);
      const entries = [];
      for (const [m, target] of Object.entries(shape.members ?? {})) {
        if (NOT_SHOWN.has(m) || (depth >= 4 && !(m in SCENARIO) && !required.has(m))) {
          continue;
        }
        const value = exampleOf(model, target.shape, m, depth + 1);
        if (m in SCENARIO || required.has(m) || isTelling(value)) {
          entries.push([m, value]);
        }
      }
      return Object.fromEntries(entries);
    }
    case "list": {
      const item = depth < 4 ? exampleOf(model, shape.member.shape, undefined, depth + 1) : undefined;
      // A list of scalars, or of structures with nothing of the story, tells nothing.
      return isTelling(item) ? [item] : [];
    }
    case "map":
      // A map tells nothing unless the scenario names it.
      return {};
    default:
      return scalarOf(shape, member);
  }
}

/** Bodies of errors, as AWS sends them: an internal `Code` and a `Message` (the two AWS replies publicly seen). */
export const ERROR_EXAMPLES = {
  InvalidParameterValueException: {
    summary: "A lifecycle AWS refused (observed reply)",
    value: {
      Code: "ERROR_3015",
      Message: "Error in rule Yearly-Backups : Invalid lifecycle. MoveToColdStorageAfterDays is unavailable",
      Context: '["Yearly-Backups","Invalid lifecycle. MoveToColdStorageAfterDays is unavailable"]',
    },
  },
  InvalidRequestException: {
    summary: "A vault that still holds recovery points (observed reply)",
    value: { Code: "ERROR_9101", Message: "Backup vault cannot be deleted because it contains recovery points." },
  },
};

/** An error body for errors without an observed reply: its `Message` only (the wording is illustrative). */
export const messageOnlyExample = (name) => ({
  summary: `${name} (message illustrative)`,
  value: { Message: `${name.replace(/Exception$/, "").replace(/([a-z])([A-Z])/g, "$1 $2")}.` },
});
