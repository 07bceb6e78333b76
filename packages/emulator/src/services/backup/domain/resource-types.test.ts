import { describe, expect, it } from "vitest";
import { isMultiAzDbCluster, resourceTypeOf, supportsColdStorage } from "./resource-types.js";

describe("resource types", () => {
  it("are read from the resource's ARN", () => {
    expect(resourceTypeOf("arn:aws:ec2:us-east-1:111122223333:volume/vol-0123456789abcdef0")).toBe("EBS");
    expect(resourceTypeOf("arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123")).toBe("EFS");
    expect(resourceTypeOf("arn:aws:rds:us-east-1:111122223333:db:orders")).toBe("RDS");
    expect(resourceTypeOf("arn:aws:dynamodb:us-east-1:111122223333:table/orders")).toBe("DynamoDB");
    expect(resourceTypeOf("arn:aws-cn:ec2:cn-north-1:111122223333:volume/vol-1")).toBe("EBS");
    expect(resourceTypeOf("arn:aws:sqs:us-east-1:111122223333:queue")).toBeUndefined();
  });

  it("of a cluster ARN follow the emulator's convention on the cluster identifier", () => {
    const cluster = (id: string) => `arn:aws:rds:us-east-1:111122223333:cluster:${id}`;
    expect(resourceTypeOf(cluster("orders"))).toBe("Aurora");
    expect(resourceTypeOf(cluster("docdb-orders"))).toBe("DocumentDB");
    expect(resourceTypeOf(cluster("neptune-graph"))).toBe("Neptune");
    expect(resourceTypeOf(cluster("multi-az-orders"))).toBe("RDS");
    expect(isMultiAzDbCluster(cluster("multi-az-orders"))).toBe(true);
    expect(isMultiAzDbCluster(cluster("orders"))).toBe(false);
    expect(isMultiAzDbCluster("arn:aws:rds:us-east-1:111122223333:db:multi-az-orders")).toBe(false);
  });

  it("move to cold storage only where the feature table says so", () => {
    expect(supportsColdStorage("EFS", "us-east-1", false)).toBe(true);
    expect(supportsColdStorage("EBS", "us-east-1", false)).toBe(true);
    expect(supportsColdStorage("EBS", "cn-north-1", false)).toBe(false);
    expect(supportsColdStorage("DynamoDB", "us-east-1", false)).toBe(false);
    expect(supportsColdStorage("DynamoDB", "us-east-1", true)).toBe(true);
    expect(supportsColdStorage("RDS", "us-east-1", true)).toBe(false);
  });

  it("move to cold storage for EFS only with the seed option", () => {
    expect(supportsColdStorage("EFS", "us-east-1", false, true)).toBe(true);
    expect(supportsColdStorage("EBS", "us-east-1", false, true)).toBe(false);
    expect(supportsColdStorage("DynamoDB", "us-east-1", true, true)).toBe(false);
  });
});
