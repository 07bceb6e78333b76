/**
 * The AWS partition table, as far as endpoint resolution needs it.
 *
 * Copied from botocore `botocore/data/partitions.json` (version 1.1, commit
 * 0e6e2404b85dc336dd2889814e089bde7d1a4c55; file last changed in e3ae2081), which is licensed under the
 * Apache License 2.0 (Copyright Amazon.com, Inc. or its affiliates). Only the fields the CloudHSM v2
 * endpoint rule set reads are kept: the region list, the region regex and the partition outputs.
 * Update it by copying those fields again from a newer botocore; it is data, not code.
 */
export interface Partition {
  /** Partition id, e.g. `aws-cn`; what the rule set's `PartitionResult#name` reads. */
  readonly name: string;
  readonly regionRegex: RegExp;
  readonly regions: readonly string[];
  readonly dnsSuffix: string;
  readonly dualStackDnsSuffix: string;
  readonly supportsFIPS: boolean;
  readonly supportsDualStack: boolean;
}

function partition(
  name: string,
  regionRegex: RegExp,
  dnsSuffix: string,
  dualStackDnsSuffix: string,
  regions: readonly string[],
): Partition {
  // Every partition in partitions.json 1.1 supports both FIPS and dual-stack.
  return { name, regionRegex, regions, dnsSuffix, dualStackDnsSuffix, supportsFIPS: true, supportsDualStack: true };
}

/** In file order; `aws` first, because it is also the fallback partition. */
export const PARTITIONS: readonly Partition[] = [
  // biome-ignore format: one region list per line reads better than one region per line
  partition("aws", /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/, "amazonaws.com", "api.aws", [
    "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1",
    "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
    "ap-southeast-6", "ap-southeast-7", "aws-global", "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2",
    "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1", "me-central-1",
    "me-south-1", "mx-central-1", "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2",
  ]),
  partition("aws-cn", /^cn-\w+-\d+$/, "amazonaws.com.cn", "api.amazonwebservices.com.cn", [
    "aws-cn-global",
    "cn-north-1",
    "cn-northwest-1",
  ]),
  partition("aws-eusc", /^eusc-(de)-\w+-\d+$/, "amazonaws.eu", "api.amazonwebservices.eu", ["eusc-de-east-1"]),
  partition("aws-iso", /^us-iso-\w+-\d+$/, "c2s.ic.gov", "api.aws.ic.gov", [
    "aws-iso-global",
    "us-iso-east-1",
    "us-iso-west-1",
  ]),
  partition("aws-iso-b", /^us-isob-\w+-\d+$/, "sc2s.sgov.gov", "api.aws.scloud", [
    "aws-iso-b-global",
    "us-isob-east-1",
    "us-isob-west-1",
  ]),
  partition("aws-iso-e", /^eu-isoe-\w+-\d+$/, "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk", [
    "aws-iso-e-global",
    "eu-isoe-west-1",
  ]),
  partition("aws-iso-f", /^us-isof-\w+-\d+$/, "csp.hci.ic.gov", "api.aws.hci.ic.gov", [
    "aws-iso-f-global",
    "us-isof-east-1",
    "us-isof-south-1",
  ]),
  partition("aws-us-gov", /^us-gov-\w+-\d+$/, "amazonaws.com", "api.aws", [
    "aws-us-gov-global",
    "us-gov-east-1",
    "us-gov-west-1",
  ]),
];

/**
 * The rules engine's `aws.partition` function: an exact region match first, then the first region regex
 * that matches, and otherwise the `aws` partition (so that new commercial regions work before the table
 * is updated).
 */
export function partitionOf(region: string): Partition {
  const aws = PARTITIONS[0] as Partition;
  return (
    PARTITIONS.find((p) => p.regions.includes(region)) ?? PARTITIONS.find((p) => p.regionRegex.test(region)) ?? aws
  );
}
