import { randomUUID } from "node:crypto";
import { commitAfterDue } from "./persistence/commit-after-due.js";
import { FrameworkError } from "./protocol/framework-errors.js";
import type { EmulatorRequest, EmulatorResponse } from "./protocol/message.js";
import type { ServiceError } from "./protocol/service-error.js";
import { type AuthenticateOptions, authenticate, type StrictKey } from "./protocol/sigv4.js";
import { createRouter } from "./router.js";
import type { ServiceDefinition } from "./service.js";

/**
 * THE PIPELINE of the AWS APIs, in order (observed-aws-behaviour.md §8): service (router) → envelope (the service's
 * protocol: method, path, Content-Type, body, operation) → identity (SigV4 scope; strict verification) → due
 * transitions → the service's operation (region permission, input checks, domain) → persistence → reply. The one
 * try/catch classifies errors: modelled and framework errors are serialized as they are; anything else is a bug,
 * logged with the request id and answered as the service's internal failure (500).
 */
export interface PipelineDeps {
  strict?: { keys: StrictKey[] };
  /** Runs due transitions; called once per request, before the operation. Returns whether any ran. */
  runDue(): boolean;
  /** Emulated time now, epoch seconds. */
  now(): number;
  /** Persists the state: after a state-changing operation succeeded, or after due transitions ran (even when the
   * operation then fails or only reads), before the reply is sent. Told which operation it was. */
  committed(change: { service: ServiceDefinition; operation: string }): void;
  log(message: string): void;
}

export function createPipeline(services: readonly ServiceDefinition[], deps: PipelineDeps) {
  const route = createRouter(services);
  /** What identity each service asks of a signature, made once rather than on every request. */
  const identityOptions = new Map(
    services.map((service) => [
      service,
      {
        signingName: service.signingName,
        isServedRegion: service.isServedRegion,
        ...(deps.strict ? { strict: deps.strict } : {}),
      },
    ]),
  );
  return function handle(request: EmulatorRequest): EmulatorResponse {
    const requestId = randomUUID();
    const service = route(request);
    try {
      const { operation, input, body } = service.protocol.parse(request, service.wire);
      const identity = authenticate(request, body, identityOptions.get(service) as AuthenticateOptions);
      const commit = { runDue: deps.runDue, committed: () => deps.committed({ service, operation }) };
      const output = commitAfterDue(commit, !service.isReadOnly(operation), () =>
        service.invoke(operation, input, {
          account: identity.account,
          region: identity.region,
          ...(identity.regions ? { regions: identity.regions } : {}),
          now: deps.now(),
        }),
      );
      return service.protocol.output(output, requestId);
    } catch (error) {
      return service.protocol.error(classify(service, error, requestId, deps.log), requestId);
    }
  };
}

export function classify(
  service: ServiceDefinition,
  error: unknown,
  requestId: string,
  log: (message: string) => void,
): ServiceError | FrameworkError {
  if (error instanceof FrameworkError) {
    return error;
  }
  const modelled = service.asServiceError(error);
  if (modelled) {
    return modelled;
  }
  log(
    `request ${requestId}: internal failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return service.internalFailure(
    `The request was rejected because of an internal failure (request ${requestId}). The request can be retried.`,
  );
}
