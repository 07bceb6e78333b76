export type Partition = "aws" | "aws-us-gov" | "aws-cn";

/** The partition of a region name (the CloudHSM Region pattern admits only these three). */
export function partitionOf(region: string): Partition {
  if (region.startsWith("us-gov-")) {
    return "aws-us-gov";
  }
  if (region.startsWith("cn-")) {
    return "aws-cn";
  }
  return "aws";
}

/** Well-known region names used when a check only needs to name a destination, never to call it. */
export const WELL_KNOWN = {
  govEast: "us-gov-east-1",
  govWest: "us-gov-west-1",
  china: "cn-north-1",
  chinaNorthwest: "cn-northwest-1",
} as const;
