import { identity, operations } from "../generated/cloudhsmv2/service.js";
import type { ServiceDescriptor } from "./types.js";

/**
 * What requests to AWS CloudHSM v2 carry of its identity — the X-Amz-Target prefix, the SigV4 signing name and the
 * endpoint host prefix — on their own, for clients that keep their bundle small (the descriptor's same values).
 */
export { wireNames as cloudHsmV2WireNames } from "../generated/cloudhsmv2/service.js";

/** A service's identity with its operation table; pure, so that bundlers drop it where only the wire names are used. */
const withOperations = <Identity, Operations>(of: Identity, table: Operations) => ({ ...of, operations: table });

/** AWS CloudHSM v2: its identity and its 18 operations, each with its HTTP binding, shapes and modelled errors. */
export const cloudHsmV2 = /* @__PURE__ */ withOperations(identity, operations) satisfies ServiceDescriptor<
  keyof typeof operations
>;
