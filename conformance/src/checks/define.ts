import type { CheckDefinition, GroupId, Validation } from "../registry/types.js";

export type Declared = Omit<CheckDefinition, "group" | "validated"> & { validated?: Validation };

/**
 * Declares the checks of one behaviour group (the group is written once, not on every check). A check that needs
 * the control protocol is `emulator-only`; any other is `unvalidated` until it declares the date it passed on AWS.
 */
export function defineGroup(group: GroupId, checks: readonly Declared[]): CheckDefinition[] {
  return checks.map((check) => ({
    ...check,
    group,
    validated:
      check.validated ?? (check.needs.includes("control") ? { status: "emulator-only" } : { status: "unvalidated" }),
  }));
}
