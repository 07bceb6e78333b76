import { partitionOf } from "@cloudhsm-kit/spec";

/** The parameters of an AWS endpoint rule set (`endpoint-rule-set-1.json`), in SDK spelling. */
export interface EndpointParameters {
  /** `AWS::Region`. */
  region?: string | undefined;
  /** `AWS::UseFIPS`. */
  useFipsEndpoint?: boolean | undefined;
  /** `AWS::UseDualStack`. */
  useDualstackEndpoint?: boolean | undefined;
  /** `SDK::Endpoint`: a custom endpoint such as an emulator's URL, used as given. */
  endpoint?: string | undefined;
}

export interface ResolvedEndpoint {
  readonly url: string;
}

/** A configuration the rule set rejects; the message is the rule set's own. */
export class EndpointError extends Error {
  override readonly name = "EndpointError";
}

/**
 * Resolves a service's endpoint as AWS's standard regional rule set does (CloudHSM v2's botocore
 * `endpoint-rule-set-1.json`, commit d97bdaa1, is one): a custom endpoint wins and excludes FIPS and dual-stack;
 * otherwise the host is `{prefix}[-fips].{region}.{dnsSuffix | dualStackDnsSuffix}` (`prefix` is the endpoint
 * prefix of the service's descriptor) of the region's partition in AWS's partition table (the spec's
 * `partitionOf`), with `amazonaws.com` for `aws` and `aws-us-gov`.
 *
 * @example
 * resolveServiceEndpoint("cloudhsmv2", { region: "cn-north-1" }).url; // "https://cloudhsmv2.cn-north-1.amazonaws.com.cn"
 */
export function resolveServiceEndpoint(prefix: string, parameters: EndpointParameters): ResolvedEndpoint {
  const { region, endpoint, useFipsEndpoint: fips = false, useDualstackEndpoint: dualStack = false } = parameters;
  if (endpoint !== undefined) {
    if (fips) {
      throw new EndpointError("Invalid Configuration: FIPS and custom endpoint are not supported");
    }
    if (dualStack) {
      throw new EndpointError("Invalid Configuration: Dualstack and custom endpoint are not supported");
    }
    return { url: endpoint };
  }
  if (region === undefined) {
    throw new EndpointError("Invalid Configuration: Missing Region");
  }
  const partition = partitionOf(region);
  if (fips && dualStack) {
    if (!(partition.supportsFIPS && partition.supportsDualStack)) {
      throw new EndpointError("FIPS and DualStack are enabled, but this partition does not support one or both");
    }
    return { url: `https://${prefix}-fips.${region}.${partition.dualStackDnsSuffix}` };
  }
  if (fips) {
    if (!partition.supportsFIPS) {
      throw new EndpointError("FIPS is enabled but this partition does not support FIPS");
    }
    return { url: `https://${prefix}-fips.${region}.${partition.dnsSuffix}` };
  }
  if (dualStack) {
    if (!partition.supportsDualStack) {
      throw new EndpointError("DualStack is enabled but this partition does not support DualStack");
    }
    return { url: `https://${prefix}.${region}.${partition.dualStackDnsSuffix}` };
  }
  if (partition.id === "aws" || partition.id === "aws-us-gov") {
    return { url: `https://${prefix}.${region}.amazonaws.com` };
  }
  return { url: `https://${prefix}.${region}.${partition.dnsSuffix}` };
}
