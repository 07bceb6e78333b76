import type { InputOf, OperationName, OutputOf } from "@cloudhsm-kit/spec";
import type { DomainContext } from "./domain/context.js";

/** One handler per operation, typed by the spec; a missing operation is a compile error (STYLE §5 dispatch/). */
export type Handler<Op extends OperationName> = (input: InputOf<Op>, ctx: DomainContext) => OutputOf<Op>;

export type Handlers = { [Op in OperationName]: Handler<Op> };

/** Operations that change state: after one succeeds, the state file is written before the reply is sent. */
export const READ_ONLY_OPERATIONS: ReadonlySet<OperationName> = new Set([
  "DescribeBackups",
  "DescribeClusters",
  "ListTags",
  "GetResourcePolicy",
]);
