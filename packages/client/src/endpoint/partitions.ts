/**
 * The AWS partition table, as far as endpoint resolution needs it.
 *
 * Copied from botocore `botocore/data/partitions.json` (version 1.1, commit
 * 0e6e2404b85dc336dd2889814e089bde7d1a4c55; file last changed in e3ae2081), which is licensed under the
 * Apache License 2.0 (Copyright Amazon.com, Inc. or its affiliates). Only what the CloudHSM v2 endpoint
 * rule set reads is kept: each partition's region regex, outputs and the region names the regex misses.
 * Update it by copying those fields again from a newer botocore; it is data, not code.
 */
export interface Partition {
  /** Partition id, e.g. `aws-cn`; what the rule set's `PartitionResult#name` reads. */
  readonly name: string;
  readonly regionRegex: RegExp;
  /** Region names of the partition that its regex does not match (only the `*-global` pseudo-regions). */
  readonly extraRegions: readonly string[];
  readonly dnsSuffix: string;
  readonly dualStackDnsSuffix: string;
  readonly supportsFIPS: boolean;
  readonly supportsDualStack: boolean;
}

function partition(name: string, regionRegex: RegExp, dnsSuffix: string, dualStackDnsSuffix: string): Partition {
  // Every partition in partitions.json 1.1 supports both FIPS and dual-stack; each lists one region its
  // regex does not match, `<id>-global` (`aws-global` for aws). All other listed regions match the regex,
  // which test/fixtures/partitions.json checks region by region, so the lists are not copied.
  const extraRegions = [name === "aws" ? "aws-global" : `${name}-global`];
  return {
    name,
    regionRegex,
    extraRegions,
    dnsSuffix,
    dualStackDnsSuffix,
    supportsFIPS: true,
    supportsDualStack: true,
  };
}

/** In file order; `aws` first, because it is also the fallback partition. */
export const PARTITIONS: readonly Partition[] = [
  partition("aws", /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/, "amazonaws.com", "api.aws"),
  partition("aws-cn", /^cn-\w+-\d+$/, "amazonaws.com.cn", "api.amazonwebservices.com.cn"),
  partition("aws-eusc", /^eusc-(de)-\w+-\d+$/, "amazonaws.eu", "api.amazonwebservices.eu"),
  partition("aws-iso", /^us-iso-\w+-\d+$/, "c2s.ic.gov", "api.aws.ic.gov"),
  partition("aws-iso-b", /^us-isob-\w+-\d+$/, "sc2s.sgov.gov", "api.aws.scloud"),
  partition("aws-iso-e", /^eu-isoe-\w+-\d+$/, "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk"),
  partition("aws-iso-f", /^us-isof-\w+-\d+$/, "csp.hci.ic.gov", "api.aws.hci.ic.gov"),
  partition("aws-us-gov", /^us-gov-\w+-\d+$/, "amazonaws.com", "api.aws"),
];

/**
 * The rules engine's `aws.partition` function: an exact region match first, then the first region regex
 * that matches, and otherwise the `aws` partition (so that new commercial regions work before the table
 * is updated).
 */
export function partitionOf(region: string): Partition {
  const aws = PARTITIONS[0] as Partition;
  return (
    PARTITIONS.find((p) => p.extraRegions.includes(region)) ?? PARTITIONS.find((p) => p.regionRegex.test(region)) ?? aws
  );
}
