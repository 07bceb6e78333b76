import type { CallOptions } from "../invoke.js";
import { methodName, type UntypedServiceClient } from "./create-service-client.js";

/**
 * The client with each call's input made ready once, before its attempts (`prepare`): a REST JSON service fills
 * its idempotency tokens there, so that every retry of a call carries the same token. Same methods, `send`,
 * `config` and `forRegion` as the client it wraps.
 */
export function withPreparedInput(
  client: UntypedServiceClient,
  operations: readonly string[],
  prepare: (operation: string, input: unknown) => unknown,
): UntypedServiceClient {
  const send = (operation: string, input?: unknown, options?: CallOptions) =>
    client.send(operation, prepare(operation, input), options);
  const methods = Object.fromEntries(
    operations.map((operation) => [
      methodName(operation),
      (input?: unknown, options?: CallOptions) => send(operation, input, options),
    ]),
  );
  return {
    ...methods,
    send,
    config: client.config,
    forRegion: (region) => withPreparedInput(client.forRegion(region), operations, prepare),
  };
}
