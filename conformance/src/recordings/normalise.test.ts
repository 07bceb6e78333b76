import { describe, expect, it } from "vitest";
import { normalise, timestampFormatOf } from "./normalise.js";

const ARN = "arn:aws:cloudhsm:us-east-1:644160558196:backup/backup-6qjbcmkhcxm";

describe("normalise", () => {
  it("replaces ids, accounts and regions by reference, inside ARNs and policies too", () => {
    const body = {
      Backups: [
        { BackupId: "backup-6qjbcmkhcxm", BackupArn: ARN, ClusterId: "cluster-72zn6eby7x2" },
        { BackupId: "backup-vwcz7w4kikp", ClusterId: "cluster-72zn6eby7x2" },
      ],
      Policy: `{"Principal":{"AWS":"arn:aws:iam::644160558196:root"},"Resource":"${ARN}"}`,
    };
    expect(normalise(body)).toEqual({
      Backups: [
        {
          BackupId: "<backup-id:1>",
          BackupArn: "arn:aws:cloudhsm:<region:1>:<account:1>:backup/<backup-id:1>",
          ClusterId: "<cluster-id:1>",
        },
        { BackupId: "<backup-id:2>", ClusterId: "<cluster-id:1>" },
      ],
      Policy:
        '{"Principal":{"AWS":"arn:aws:iam::<account:1>:root"},"Resource":"arn:aws:cloudhsm:<region:1>:<account:1>:backup/<backup-id:1>"}',
    });
  });

  it("ranks timestamps within the document and keeps how each was written", () => {
    const body = {
      Backup: { CreateTimestamp: 1534461854.64, DeleteTimestamp: 1536339805.522, CopyTimestamp: 1534461854.64 },
      Other: {
        CreateTimestamp: 1531742400,
        DeleteTimestamp: 1531742400.123456,
        HsmTypeRollbackExpiration: "2024-01-01",
      },
    };
    expect(normalise(body)).toEqual({
      Backup: {
        CreateTimestamp: "<timestamp:3:epoch-ms>",
        DeleteTimestamp: "<timestamp:4:epoch-ms>",
        CopyTimestamp: "<timestamp:3:epoch-ms>",
      },
      Other: {
        CreateTimestamp: "<timestamp:1:epoch-s>",
        DeleteTimestamp: "<timestamp:2:epoch-fine>",
        HsmTypeRollbackExpiration: "<timestamp:5:string>",
      },
    });
  });

  it("tells whole seconds, milliseconds, finer fractions and strings apart", () => {
    expect(timestampFormatOf(1725993982)).toBe("epoch-s");
    expect(timestampFormatOf(1725993982.6)).toBe("epoch-ms");
    expect(timestampFormatOf(1725993982.678)).toBe("epoch-ms");
    expect(timestampFormatOf(1725993982.6781)).toBe("epoch-fine");
    expect(timestampFormatOf("2024-09-10T18:46:22.678Z")).toBe("string");
  });

  it("treats ENI ids, subnets, security groups, VPCs, addresses, map keys, certificates and tokens", () => {
    const body = {
      Clusters: [
        {
          SubnetMapping: { "us-east-1a": "subnet-0955c143", "us-east-1b": "subnet-8e6baad2" },
          SecurityGroup: "sg-0e05677ea7fbd12fd",
          VpcId: "vpc-02320879",
          Hsms: [{ AvailabilityZone: "us-east-1a", EniId: "eni-0f7dd690d0f5393da", EniIp: "172.31.93.196" }],
          Certificates: { ClusterCertificate: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n" },
        },
      ],
      NextToken: "eyJsYXN0IjoiYmFja3VwLTEyMzQ1Njc4OTAxMiJ9",
    };
    expect(normalise(body)).toEqual({
      Clusters: [
        {
          SubnetMapping: { "<region:1>a": "<subnet-id:1>", "<region:1>b": "<subnet-id:2>" },
          SecurityGroup: "<sg-id:1>",
          VpcId: "<vpc-id:1>",
          Hsms: [{ AvailabilityZone: "<region:1>a", EniId: "<eni-id:1>", EniIp: "<ip:1>" }],
          Certificates: { ClusterCertificate: "<certificate:1>" },
        },
      ],
      NextToken: "<token:1>",
    });
  });

  it("keeps member order, other strings, numbers, booleans and nulls", () => {
    const body = { Mode: "FIPS", NeverExpires: false, TagList: [{ Key: "owner", Value: "policy" }], X: null, N: 3 };
    const out = normalise(body);
    expect(out).toEqual(body);
    expect(Object.keys(out as object)).toEqual(Object.keys(body));
  });

  it("leaves a normalised document as it is, and numbers new values above the placeholders it holds", () => {
    const once = normalise({ BackupId: "backup-6qjbcmkhcxm", CreateTimestamp: 1725993982.678 });
    expect(normalise(once)).toEqual(once);
    expect(normalise({ A: "<backup-id:1>", B: "backup-vwcz7w4kikp", CreateTimestamp: 5 })).toEqual({
      A: "<backup-id:1>",
      B: "<backup-id:2>",
      CreateTimestamp: "<timestamp:1:epoch-s>",
    });
  });

  it("shares references across request and reply when they are normalised together", () => {
    const exchange = {
      request: { region: "us-east-1", input: { BackupId: "backup-4kuraxsqetz", DestinationRegion: "us-west-2" } },
      reply: { body: { DestinationBackup: { SourceBackup: "backup-4kuraxsqetz", SourceRegion: "us-east-1" } } },
    };
    expect(normalise(exchange)).toEqual({
      request: { region: "<region:1>", input: { BackupId: "<backup-id:1>", DestinationRegion: "<region:2>" } },
      reply: { body: { DestinationBackup: { SourceBackup: "<backup-id:1>", SourceRegion: "<region:1>" } } },
    });
  });
});
