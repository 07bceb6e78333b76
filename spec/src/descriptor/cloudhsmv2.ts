import { identity, operations } from "../generated/cloudhsmv2/service.js";
import type { ServiceDescriptor } from "./types.js";
import { withOperations } from "./with-operations.js";

/**
 * What requests to AWS CloudHSM v2 carry of its identity — the X-Amz-Target prefix, the SigV4 signing name and the
 * endpoint host prefix — on their own, for clients that keep their bundle small (the descriptor's same values).
 */
export { wireNames as cloudHsmV2WireNames } from "../generated/cloudhsmv2/service.js";

/** AWS CloudHSM v2: its identity and its 18 operations, each with its HTTP binding, shapes and modelled errors. */
export const cloudHsmV2 = /* @__PURE__ */ withOperations(identity, operations) satisfies ServiceDescriptor<
  keyof typeof operations
>;
