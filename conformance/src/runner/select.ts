import { registered } from "../registry/registration.js";
import type { CheckDefinition, Level } from "../registry/types.js";
import type { RunOptions } from "./options.js";

export const DEFAULT_LEVELS: readonly Level[] = ["required", "legacy", "advisory"];

/**
 * The checks a run selects: by level, service, group and id, then, with a shard, every `count`-th of them starting at the
 * `index`-th (in registry order), so that the shards of one selection are disjoint, together complete and balanced.
 */
export function selectChecks(
  options: Pick<RunOptions, "levels" | "services" | "groups" | "checks" | "shard">,
): CheckDefinition[] {
  const levels = options.levels ?? DEFAULT_LEVELS;
  const selected = registered().checks.filter(
    (c) =>
      levels.includes(c.level) &&
      (!options.services || options.services.includes(c.service)) &&
      (!options.groups || options.groups.includes(c.group)) &&
      (!options.checks || options.checks.includes(c.id)),
  );
  const shard = options.shard;
  return shard ? selected.filter((_, i) => i % shard.count === shard.index - 1) : selected;
}
