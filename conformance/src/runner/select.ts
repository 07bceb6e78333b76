import { CHECKS } from "../registry/index.js";
import type { CheckDefinition, Level } from "../registry/types.js";
import type { RunOptions } from "./options.js";

export const DEFAULT_LEVELS: readonly Level[] = ["required", "legacy", "advisory"];

/** The checks a run selects: by level, group and id. */
export function selectChecks(options: Pick<RunOptions, "levels" | "groups" | "checks">): CheckDefinition[] {
  const levels = options.levels ?? DEFAULT_LEVELS;
  return CHECKS.filter(
    (c) =>
      levels.includes(c.level) &&
      (!options.groups || options.groups.includes(c.group)) &&
      (!options.checks || options.checks.includes(c.id)),
  );
}
