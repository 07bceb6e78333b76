import { backup } from "@cloudhsm-kit/spec";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../options/configuration-error.js";
import { restRequest } from "./rest-request.js";

const ops = backup.operations;
const rp = "arn:aws:ec2:us-east-1::snapshot/snap-0a1b2c3d4e5f67890";

describe("a REST JSON request built from an operation's descriptor", () => {
  it("puts URI members into the path, percent-encoded within one segment", () => {
    const request = restRequest(ops.DescribeRecoveryPoint, { BackupVaultName: "prod-vault", RecoveryPointArn: rp });
    expect(request).toEqual({
      method: "GET",
      path: "/backup-vaults/prod-vault/recovery-points/arn%3Aaws%3Aec2%3Aus-east-1%3A%3Asnapshot%2Fsnap-0a1b2c3d4e5f67890",
      body: undefined,
    });
  });

  it("puts query members under their wire names, timestamps as ISO 8601 from a Date, epoch seconds or text", () => {
    const { path } = restRequest(ops.ListCopyJobs, {
      ByState: "COMPLETED",
      MaxResults: 50,
      ByCreatedAfter: new Date("2026-12-01T00:00:00Z"),
      ByCreatedBefore: 1_765_000_000,
      ByCompleteAfter: "2026-12-02T00:00:00Z",
    });
    expect(path.split("?")[0]).toBe("/copy-jobs/");
    expect(Object.fromEntries(new URLSearchParams(path.split("?")[1]))).toEqual({
      state: "COMPLETED",
      maxResults: "50",
      createdAfter: "2026-12-01T00:00:00Z",
      createdBefore: "2025-12-06T05:46:40Z",
      completeAfter: "2026-12-02T00:00:00Z",
    });
  });

  it("sends the other members as the JSON body, and no body for an operation without body members", () => {
    const start = restRequest(ops.StartCopyJob, {
      RecoveryPointArn: rp,
      SourceBackupVaultName: "prod-vault",
      DestinationBackupVaultArn: "arn:aws:backup:us-west-2:111122223333:backup-vault:dr-vault",
      IamRoleArn: "arn:aws:iam::111122223333:role/backup",
      Lifecycle: undefined,
    });
    expect(start.method).toBe("PUT");
    expect(start.path).toBe("/copy-jobs");
    expect(JSON.parse(start.body ?? "")).toEqual({
      RecoveryPointArn: rp,
      SourceBackupVaultName: "prod-vault",
      DestinationBackupVaultArn: "arn:aws:backup:us-west-2:111122223333:backup-vault:dr-vault",
      IamRoleArn: "arn:aws:iam::111122223333:role/backup",
    });
    const vault = restRequest(ops.CreateBackupVault, { BackupVaultName: "dr-vault" });
    expect(vault).toEqual({ method: "PUT", path: "/backup-vaults/dr-vault", body: "{}" });
    expect(restRequest(ops.DeleteBackupVault, { BackupVaultName: "dr-vault" }).body).toBeUndefined();
  });

  it("refuses a URI member that is missing or empty before anything is sent", () => {
    expect(() => restRequest(ops.DescribeCopyJob, {})).toThrow(ConfigurationError);
    expect(() => restRequest(ops.DescribeCopyJob, { CopyJobId: "" })).toThrow(
      'DescribeCopyJob: CopyJobId is part of the request URI and must be given; got ""',
    );
  });
});
