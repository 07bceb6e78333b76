import type { OperationDescriptor } from "@cloudhsm-kit/spec";
import { queryTimestamp } from "./rest-request.js";

/**
 * A REST JSON call's input made ready once, before its attempts (so that every retry sends the same request): the
 * operation's idempotency token (its descriptor's `idempotencyToken` member) filled with a fresh UUID when the caller
 * leaves it out, as the AWS SDKs do for members with Smithy's idempotencyToken trait, and query timestamps given as
 * a Date or epoch seconds written as ISO 8601 (the input then travels as JSON, which would write a Date its own way).
 */
export function prepareRestInput(
  operations: Readonly<Record<string, OperationDescriptor>>,
): (operation: string, input: unknown) => unknown {
  return (operation, input) => {
    const descriptor = operations[operation];
    const ready: Record<string, unknown> = { ...((input ?? {}) as Record<string, unknown>) };
    for (const { member, timestamp } of descriptor?.parameters ?? []) {
      if (timestamp && ready[member] !== undefined && ready[member] !== null) {
        ready[member] = queryTimestamp(ready[member]);
      }
    }
    const token = descriptor?.idempotencyToken;
    if (token !== undefined && ready[token] === undefined) {
      ready[token] = crypto.randomUUID();
    }
    return ready;
  };
}
