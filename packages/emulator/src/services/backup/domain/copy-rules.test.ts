import { describe, expect, it } from "vitest";
import { type CopyRequest, copyRefusal } from "./copy-rules.js";
import { resourceTypeOf } from "./resource-types.js";

const ME = "111122223333";
const OTHER = "444455556666";

/** A copy of `resource` from `from` to `to` (Regions; accounts default to the caller's own). */
function copy(resource: string, from: string, to: string, extra: Partial<CopyRequest> = {}): CopyRequest {
  return {
    type: resourceTypeOf(resource),
    resourceArn: resource,
    partition: from.startsWith("cn-") ? "aws-cn" : from.startsWith("us-gov-") ? "aws-us-gov" : "aws",
    from: { account: ME, region: from },
    to: { account: ME, region: to },
    legacySeed: false,
    ...extra,
  };
}
const efs = (region: string) => `arn:aws:elasticfilesystem:${region}:${ME}:file-system/fs-0123456789abcdef0`;
const cluster = (region: string, id: string) => `arn:aws:rds:${region}:${ME}:cluster:${id}`;
const fsx = (region: string) => `arn:aws:fsx:${region}:${ME}:file-system/fs-0123456789abcdef0`;
const table = (region: string) => `arn:aws:dynamodb:${region}:${ME}:table/orders`;

describe("copyRefusal: today's documents", () => {
  it("copies between the two China Regions within one account, never into another account", () => {
    expect(copyRefusal(copy(efs("cn-north-1"), "cn-north-1", "cn-northwest-1"))).toBeUndefined();
    const crossAccount = copy(efs("cn-north-1"), "cn-north-1", "cn-northwest-1", {
      to: { account: OTHER, region: "cn-northwest-1" },
    });
    expect(copyRefusal(crossAccount)).toMatch(/Cross-account copy is not supported in the China Regions/);
  });

  it("refuses any copy of a Multi-AZ DB cluster, even within its Region, and allows Aurora's", () => {
    expect(copyRefusal(copy(cluster("us-east-1", "multi-az-orders"), "us-east-1", "us-east-1"))).toMatch(/Multi-AZ/);
    expect(copyRefusal(copy(cluster("us-east-1", "orders"), "us-east-1", "us-west-2"))).toBeUndefined();
  });

  it("refuses cross-Region copies of DocumentDB and FSx from or into an opt-in Region", () => {
    expect(copyRefusal(copy(cluster("af-south-1", "docdb-orders"), "af-south-1", "us-east-1"))).toMatch(/DocumentDB/);
    expect(copyRefusal(copy(cluster("us-east-1", "docdb-orders"), "us-east-1", "eu-south-1"))).toMatch(/DocumentDB/);
    expect(copyRefusal(copy(fsx("me-south-1"), "me-south-1", "us-east-1"))).toMatch(/FSx/);
    // Within the opt-in Region, or between two Regions without opt-in, the copy is made.
    expect(copyRefusal(copy(cluster("af-south-1", "docdb-orders"), "af-south-1", "af-south-1"))).toBeUndefined();
    expect(copyRefusal(copy(fsx("us-east-1"), "us-east-1", "us-west-2"))).toBeUndefined();
  });

  it("copies Neptune across Regions from the six opt-in Regions the page names, not from the others", () => {
    expect(copyRefusal(copy(cluster("af-south-1", "neptune-graph"), "af-south-1", "us-east-1"))).toBeUndefined();
    expect(copyRefusal(copy(cluster("ap-east-1", "neptune-graph"), "ap-east-1", "me-central-1"))).toBeUndefined();
    expect(copyRefusal(copy(cluster("eu-south-1", "neptune-graph"), "eu-south-1", "us-east-1"))).toMatch(/eu-south-1/);
  });

  it("leaves the seed page's limits off by default", () => {
    expect(copyRefusal(copy(efs("ap-east-1"), "ap-east-1", "us-east-1"))).toBeUndefined();
    expect(copyRefusal(copy(table("us-east-1"), "us-east-1", "us-west-2"))).toBeUndefined();
    const both = copy(cluster("us-east-1", "orders"), "us-east-1", "us-west-2", {
      to: { account: OTHER, region: "us-west-2" },
    });
    expect(copyRefusal(both)).toBeUndefined();
  });
});

describe("copyRefusal: the seed page (legacy option)", () => {
  const seed = { legacySeed: true };
  it("refuses DynamoDB across Regions, not within one", () => {
    expect(copyRefusal(copy(table("us-east-1"), "us-east-1", "us-west-2", seed))).toMatch(/DynamoDB/);
    expect(copyRefusal(copy(table("us-east-1"), "us-east-1", "us-east-1", seed))).toBeUndefined();
  });

  it("refuses an RDS or Aurora copy into another Region and account at once, not either alone", () => {
    const to = (account: string, region: string) => ({ ...seed, to: { account, region } });
    const db = `arn:aws:rds:us-east-1:${ME}:db:orders`;
    expect(copyRefusal(copy(db, "us-east-1", "us-west-2", to(OTHER, "us-west-2")))).toMatch(/not both/);
    expect(copyRefusal(copy(cluster("us-east-1", "orders"), "us-east-1", "us-west-2", to(OTHER, "us-west-2")))).toMatch(
      /not both/,
    );
    expect(copyRefusal(copy(db, "us-east-1", "us-west-2", to(ME, "us-west-2")))).toBeUndefined();
    expect(copyRefusal(copy(db, "us-east-1", "us-east-1", to(OTHER, "us-east-1")))).toBeUndefined();
  });

  it("refuses cross-Region copies from or into Hong Kong, Bahrain, Milan and Cape Town", () => {
    for (const region of ["ap-east-1", "me-south-1", "eu-south-1", "af-south-1"]) {
      expect(copyRefusal(copy(efs(region), region, "us-east-1", seed))).toMatch(region);
      expect(copyRefusal(copy(efs("us-east-1"), "us-east-1", region, seed))).toMatch(region);
    }
    expect(copyRefusal(copy(efs("ap-south-2"), "ap-south-2", "us-east-1", seed))).toBeUndefined();
  });
});
