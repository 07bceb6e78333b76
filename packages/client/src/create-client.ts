import { isOperationName, OPERATION_NAMES, type OperationName, pathOf, type paths } from "@cloudhsm-kit/spec";
import createClient from "openapi-fetch";
import type { CloudHsmV2Client, OperationMethods } from "./client-types.js";
import { type CallOptions, invoke, type Post } from "./invoke.js";
import { awsJson } from "./middleware/aws-json.js";
import { sigv4 } from "./middleware/sigv4.js";
import type { CloudHsmV2ClientOptions } from "./options/client-options.js";
import { ConfigurationError, describeValue } from "./options/configuration-error.js";
import { resolveOptions } from "./options/resolve-options.js";
import { signingClock } from "./retry/clock-skew.js";
import { transportFetch } from "./transport/transport-fetch.js";

const methodName = (operation: OperationName) =>
  `${operation.charAt(0).toLowerCase()}${operation.slice(1)}` as Uncapitalize<OperationName>;

/**
 * Creates a CloudHSM v2 client bound to one region: openapi-fetch with the AWS JSON 1.1 and SigV4
 * middleware, plus one method per operation that retries, and throws typed errors.
 *
 * @example
 * const client = createCloudHsmV2Client({ region: "eu-west-1", credentials: fromNodeProviderChain() });
 * const { Backups = [] } = await client.describeBackups({ Filters: { states: ["READY"] } });
 */
export function createCloudHsmV2Client(options: CloudHsmV2ClientOptions): CloudHsmV2Client {
  const config = { ...resolveOptions(options), clock: signingClock() };
  const raw = createClient<paths>({ baseUrl: config.endpoint, fetch: transportFetch(config.fetch) });
  const { region, credentials, clock } = config;
  raw.use(awsJson(), sigv4({ region, credentials, now: clock.now }));
  // The per-path typing of POST is enforced one level up, by `send`'s signature.
  const post = raw.POST as unknown as Post;
  const send = async (operation: OperationName, input?: unknown, callOptions?: CallOptions) => {
    if (typeof operation !== "string" || !isOperationName(operation)) {
      const expected = `one of ${OPERATION_NAMES.join(", ")}`;
      throw new ConfigurationError(`send: unknown operation ${describeValue(operation)}; expected ${expected}`);
    }
    return invoke(post, pathOf(operation), input, config, callOptions);
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
    raw,
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
