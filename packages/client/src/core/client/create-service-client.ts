import { createSigner } from "#signer";
import { type CallOptions, invoke, type WithMetadata } from "../invoke.js";
import type { ServiceClientOptions } from "../options/client-options.js";
import { ConfigurationError, describeValue } from "../options/configuration-error.js";
import { resolveOptions } from "../options/resolve-options.js";
import { signingClock } from "../retry/clock-skew.js";
import type { ServiceBinding } from "../service-binding.js";
import { signedPost } from "../transport/signed-post.js";

/** The configuration a client runs on, for display and for making a sibling client. */
export interface ClientConfig {
  readonly region: string;
  readonly endpoint: string;
  readonly maxAttempts: number;
  readonly timeoutMs: number | undefined;
}

type Send = (
  operation: string,
  input?: unknown,
  options?: CallOptions,
) => Promise<WithMetadata<Record<string, unknown>>>;

/** A client as the core builds it, untyped; a service module gives it its generated types (`CloudHsmV2Client`). */
export interface UntypedServiceClient {
  readonly send: Send;
  readonly config: ClientConfig;
  forRegion(region: string): UntypedServiceClient;
  readonly [method: string]: unknown;
}

/** `DescribeBackups` → `describeBackups`: an operation's method name. */
export const methodName = (operation: string) => `${operation.charAt(0).toLowerCase()}${operation.slice(1)}`;

/**
 * A client of one service bound to one region: one camelCase method per operation of `service` and `send`, each
 * call signed with SigV4 under the service's signing name, retried, and failing with the service's errors.
 */
export function createServiceClient(service: ServiceBinding, options: ServiceClientOptions): UntypedServiceClient {
  const config = { ...resolveOptions(options, service), clock: signingClock(), errorOf: service.errorOf };
  const { region, credentials, clock } = config;
  const post = (service.transport ?? signedPost)({
    endpoint: config.endpoint,
    sign: createSigner({ region, service: service.signingName, credentials }),
    now: clock.now,
    fetch: config.fetch,
  });
  const send: Send = async (operation, input, callOptions) => {
    if (typeof operation !== "string" || !service.operations.includes(operation)) {
      const expected = `one of ${service.operations.join(", ")}`;
      throw new ConfigurationError(`send: unknown operation ${describeValue(operation)}; expected ${expected}`);
    }
    return invoke(post, `${service.targetPrefix}.${operation}`, input, config, callOptions);
  };
  const methods = Object.fromEntries(
    service.operations.map((operation) => [
      methodName(operation),
      (input?: unknown, callOptions?: CallOptions) => send(operation, input, callOptions),
    ]),
  );
  return {
    ...methods,
    send,
    config: {
      region: config.region,
      endpoint: config.endpoint,
      maxAttempts: config.maxAttempts,
      timeoutMs: config.timeoutMs,
    },
    // Shares the credential cache; a custom endpoint is kept (an emulator serves every region).
    forRegion: (region) => createServiceClient(service, { ...options, region, credentials: config.credentials }),
  };
}
