import type { CheckContext } from "../harness/context.js";
import type { Target } from "../harness/target.js";
import type { CheckDefinition, GroupInfo, Validation } from "./types.js";

/** A check as its group's module declares it: what the table and the level rule add are left out. */
export type Declared<C extends CheckContext> = Omit<
  CheckDefinition<C>,
  "service" | "group" | "validated" | "context"
> & {
  validated?: Validation;
};

/** One row of a service's group table: the group, the prefix of its check ids, its title and its checks. */
export interface GroupRow<C extends CheckContext> {
  id: string;
  prefix: string;
  title: string;
  checks: readonly Declared<C>[];
}

/**
 * Turns a service's group table into the registry's groups: each check gets its service, its group (written once,
 * in the table), the service's context, and its validation status — a check that needs the control protocol is
 * `emulator-only`; any other is `unvalidated` until it declares the date it passed on AWS.
 */
export function defineGroups<C extends CheckContext>(
  service: string,
  context: (target: Target, checkId: string) => C,
  table: readonly GroupRow<C>[],
): (GroupInfo & { checks: CheckDefinition[] })[] {
  return table.map(({ checks, ...group }) => ({
    service,
    ...group,
    checks: checks.map(
      (check): CheckDefinition<C> => ({
        ...check,
        group: group.id,
        service,
        validated:
          check.validated ??
          (check.needs.includes("control") ? { status: "emulator-only" } : { status: "unvalidated" }),
        context,
      }),
    ) as CheckDefinition[],
  }));
}
