import type { ErrorFactory } from "./errors/to-service-error.js";

/**
 * What the core needs of a service to make its client, taken from the service's descriptor in the spec (its wire
 * names and operation list) and its module (its errors). The core never names a service itself. The wire names are
 * named as the spec's `ServiceIdentity` names them, so that a service's can be spread in.
 */
export interface ServiceBinding {
  /** The name of the service's client factory, which option errors start with, e.g. `createCloudHsmV2Client`. */
  readonly clientName: string;
  /** The SigV4 signing name (the credential scope's service). */
  readonly signingName: string;
  /** The first label of the service's endpoint host. */
  readonly endpointPrefix: string;
  /** The operations, in AWS's spelling; each becomes a camelCase method. */
  readonly operations: readonly string[];
  /** The `X-Amz-Target` prefix: an operation's target is `<targetPrefix>.<Operation>` (AWS JSON). */
  readonly targetPrefix: string;
  readonly errorOf: ErrorFactory;
}
