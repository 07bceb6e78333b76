import {
  cloudHsmV2WireNames,
  isOperationName,
  OPERATION_NAMES,
  type OperationName,
  targetOf,
} from "@cloudhsm-kit/spec";
import { createSigner } from "#signer";
import type { CloudHsmV2Client, OperationMethods } from "./client-types.js";
import { type CallOptions, invoke } from "./invoke.js";
import type { CloudHsmV2ClientOptions } from "./options/client-options.js";
import { ConfigurationError, describeValue } from "./options/configuration-error.js";
import { resolveOptions } from "./options/resolve-options.js";
import { signingClock } from "./retry/clock-skew.js";
import { signedPost } from "./transport/signed-post.js";

const methodName = (operation: OperationName) =>
  `${operation.charAt(0).toLowerCase()}${operation.slice(1)}` as Uncapitalize<OperationName>;

/**
 * Creates a CloudHSM v2 client bound to one region: one method per operation that signs with SigV4,
 * retries, and throws typed errors.
 *
 * @example
 * const client = createCloudHsmV2Client({ region: "eu-west-1", credentials: fromNodeProviderChain() });
 * const { Backups = [] } = await client.describeBackups({ Filters: { states: ["READY"] } });
 */
export function createCloudHsmV2Client(options: CloudHsmV2ClientOptions): CloudHsmV2Client {
  const config = { ...resolveOptions(options), clock: signingClock() };
  const { region, credentials, clock } = config;
  const post = signedPost({
    endpoint: config.endpoint,
    sign: createSigner({ region, service: cloudHsmV2WireNames.signingName, credentials }),
    now: clock.now,
    fetch: config.fetch,
  });
  const send = async (operation: OperationName, input?: unknown, callOptions?: CallOptions) => {
    if (typeof operation !== "string" || !isOperationName(operation)) {
      const expected = `one of ${OPERATION_NAMES.join(", ")}`;
      throw new ConfigurationError(`send: unknown operation ${describeValue(operation)}; expected ${expected}`);
    }
    return invoke(post, targetOf(operation), input, config, callOptions);
  };
  const methods = Object.fromEntries(
    OPERATION_NAMES.map((operation) => [
      methodName(operation),
      (input?: unknown, callOptions?: CallOptions) => send(operation, input, callOptions),
    ]),
  ) as unknown as OperationMethods;
  return {
    ...methods,
    send: send as CloudHsmV2Client["send"],
    config: {
      region: config.region,
      endpoint: config.endpoint,
      maxAttempts: config.maxAttempts,
      timeoutMs: config.timeoutMs,
    },
    // Shares the credential cache; a custom endpoint is kept (an emulator serves every region).
    forRegion: (region) => createCloudHsmV2Client({ ...options, region, credentials: config.credentials }),
  };
}
