import type { CheckDefinition, GroupId } from "../registry/types.js";

/** Declares the checks of one behaviour group (the group is written once, not on every check). */
export function defineGroup(group: GroupId, checks: readonly Omit<CheckDefinition, "group">[]): CheckDefinition[] {
  return checks.map((check) => ({ ...check, group }));
}
