import { identity, operations } from "../generated/cloudhsmv2/service.js";
import type { ServiceDescriptor, ServiceIdentity } from "./types.js";

/**
 * The identity of AWS CloudHSM v2 alone (no operation table): what a client needs to sign, target and resolve
 * endpoints, for callers that keep their bundle small.
 */
export const cloudHsmV2Identity = identity satisfies ServiceIdentity;

/** AWS CloudHSM v2: its identity and its 18 operations, each with its HTTP binding, shapes and modelled errors. */
export const cloudHsmV2 = { ...identity, operations } satisfies ServiceDescriptor<keyof typeof operations>;
