import { identity, operations } from "../generated/cloudhsmv2/service.js";
import type { ServiceDescriptor } from "./types.js";

/**
 * The identity of AWS CloudHSM v2 alone (no operation table): what a client needs to sign, target and resolve
 * endpoints, for callers that keep their bundle small.
 */
export const cloudHsmV2Identity = identity;

/** A service's identity with its operation table; pure, so that bundlers drop it where only the identity is used. */
const withOperations = <Identity, Operations>(of: Identity, table: Operations) => ({ ...of, operations: table });

/** AWS CloudHSM v2: its identity and its 18 operations, each with its HTTP binding, shapes and modelled errors. */
export const cloudHsmV2 = /* @__PURE__ */ withOperations(identity, operations) satisfies ServiceDescriptor<
  keyof typeof operations
>;
