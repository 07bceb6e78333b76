import type { EmulatorRequest } from "./protocol/message.js";
import { scopeServiceOf } from "./protocol/sigv4.js";
import type { ServiceDefinition } from "./service.js";

/**
 * Which registered service a request is for: the one whose signing name its SigV4 credential scope names, else the
 * one its protocol claims it for (awsJson: the `X-Amz-Target` prefix; a rest protocol: the path), else the first
 * registered, which then answers the request's errors (a missing signature, an unknown target) as it always has.
 */
export function createRouter(services: readonly ServiceDefinition[]): (request: EmulatorRequest) => ServiceDefinition {
  const [first] = services;
  if (first === undefined) {
    throw new Error("createRouter needs at least one service");
  }
  if (services.length === 1) {
    return () => first;
  }
  return (request) => {
    const scope = scopeServiceOf(request.headers.get("authorization"));
    return (
      services.find((s) => s.signingName === scope) ?? services.find((s) => s.protocol.claims(request, s.wire)) ?? first
    );
  };
}
