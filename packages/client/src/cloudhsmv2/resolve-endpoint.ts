import { cloudHsmV2WireNames } from "@cloudhsm-kit/spec";
import {
  type EndpointParameters,
  type ResolvedEndpoint,
  resolveServiceEndpoint,
} from "../core/endpoint/resolve-endpoint.js";

/**
 * Resolves CloudHSM v2's endpoint exactly as AWS's rule set for it does: `cloudhsmv2[-fips].{region}.{suffix}`, or
 * the custom endpoint given.
 *
 * @example
 * resolveEndpoint({ region: "cn-north-1" }).url; // "https://cloudhsmv2.cn-north-1.amazonaws.com.cn"
 */
export function resolveEndpoint(parameters: EndpointParameters): ResolvedEndpoint {
  return resolveServiceEndpoint(cloudHsmV2WireNames.endpointPrefix, parameters);
}
