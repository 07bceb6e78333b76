import type { ErrorFactory } from "./errors/to-service-error.js";
import type { SignedPost, SignedPostOptions } from "./transport/signed-post.js";

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
  /**
   * Prefixes each call's target, `<targetPrefix>.<Operation>`, which error messages name: AWS JSON sends it as the
   * `X-Amz-Target` header; a REST transport reads the operation from it.
   */
  readonly targetPrefix: string;
  readonly errorOf: ErrorFactory;
  /** How calls go on the wire; AWS JSON's `POST /` (`signedPost`) when left out, `signedRest(…)` for REST JSON. */
  readonly transport?: (options: SignedPostOptions) => SignedPost;
}
