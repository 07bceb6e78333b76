import { describe, expect, it } from "vitest";
import { serverForTest, TEST_KEYS, testOptions } from "../../test/test-server.js";
import { checkSigV4 } from "../../test/verify-sigv4.js";
import { createBackupClient } from "./create-client.js";
import { isBackupServiceError } from "./errors/is-service-error.js";
import { ResourceNotFoundException, ServiceUnavailableException } from "./errors/modelled-errors.js";
import { BackupServiceError } from "./errors/service-error.js";

const rp = "arn:aws:ec2:us-east-1::snapshot/snap-0a1b2c3d4e5f67890";

describe("createBackupClient", () => {
  it("sends each operation at its method and URI, signed for the backup service, and returns the reply", async () => {
    const server = await serverForTest(() => ({ body: { CopyJobId: "job-1", CreationDate: 1733299200.123 } }));
    const client = createBackupClient(testOptions(server));
    const reply = await client.startCopyJob({
      RecoveryPointArn: rp,
      SourceBackupVaultName: "prod-vault",
      DestinationBackupVaultArn: "arn:aws:backup:us-west-2:111122223333:backup-vault:dr-vault",
      IamRoleArn: "arn:aws:iam::111122223333:role/backup",
    });
    expect(reply).toMatchObject({
      CopyJobId: "job-1",
      CreationDate: 1733299200.123,
      $metadata: { httpStatusCode: 200 },
    });
    const [request] = server.requests;
    expect(request).toMatchObject({ method: "PUT", url: "/copy-jobs" });
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toMatchObject({ SourceBackupVaultName: "prod-vault" });
    const signature = checkSigV4(request as NonNullable<typeof request>, TEST_KEYS.secretAccessKey);
    expect(signature.scope).toMatch(/^\d{8}\/us-east-1\/backup\/aws4_request$/);
    expect(signature.actual).toBe(signature.expected);
  });

  it("signs a GET with a percent-encoded ARN label and a query string", async () => {
    const server = await serverForTest(() => ({ body: { RecoveryPoints: [] } }));
    const client = createBackupClient(testOptions(server));
    await client.describeRecoveryPoint({ BackupVaultName: "prod-vault", RecoveryPointArn: rp });
    await client.listCopyJobs({ ByState: "RUNNING", ByCreatedAfter: new Date("2026-12-01T00:00:00Z") });
    const [describeRp, list] = server.requests;
    expect(describeRp?.url).toBe(`/backup-vaults/prod-vault/recovery-points/${encodeURIComponent(rp)}`);
    expect(list?.url).toBe("/copy-jobs/?state=RUNNING&createdAfter=2026-12-01T00%3A00%3A00Z");
    for (const request of [describeRp, list]) {
      const signature = checkSigV4(request as NonNullable<typeof request>, TEST_KEYS.secretAccessKey);
      expect(signature.actual).toBe(signature.expected);
      expect(request?.body).toBe("");
    }
  });

  it("fails with the error the X-Amzn-ErrorType header names, its Message from the body", async () => {
    const server = await serverForTest(() => ({
      status: 400,
      headers: { "X-Amzn-ErrorType": "ResourceNotFoundException" },
      body: { Code: "ERROR_2502", Message: "Copy job not found" },
    }));
    const client = createBackupClient(testOptions(server));
    const failure = await client.describeCopyJob({ CopyJobId: "nope" }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ResourceNotFoundException);
    expect(failure).toBeInstanceOf(BackupServiceError);
    expect(failure).toMatchObject({
      name: "ResourceNotFoundException",
      message: "Copy job not found",
      $fault: "client",
    });
    expect(isBackupServiceError(failure, "ResourceNotFoundException")).toBe(true);
  });

  it("retries a server fault, and reports an unmodelled error by its name", async () => {
    const server = await serverForTest((_request, index) =>
      index === 0
        ? { status: 500, headers: { "X-Amzn-ErrorType": "ServiceUnavailableException" }, body: { Message: "busy" } }
        : {
            status: 403,
            headers: { "X-Amzn-ErrorType": "AccessDeniedException" },
            body: { Message: "Insufficient privileges to perform this action." },
          },
    );
    const client = createBackupClient(testOptions(server));
    const failure = await client.describeBackupVault({ BackupVaultName: "gone" }).catch((e: unknown) => e);
    expect(server.requests).toHaveLength(2);
    expect(failure).not.toBeInstanceOf(ServiceUnavailableException);
    expect(failure).toBeInstanceOf(BackupServiceError);
    expect(failure).toMatchObject({ name: "AccessDeniedException", $fault: "client", $metadata: { attempts: 2 } });
  });

  it("fills a missing idempotency token once per call, so that a retry sends the same token", async () => {
    const server = await serverForTest((_request, index) =>
      index === 0
        ? { status: 500, headers: { "X-Amzn-ErrorType": "ServiceUnavailableException" }, body: { Message: "busy" } }
        : { body: { CopyJobId: "job-1" } },
    );
    const client = createBackupClient(testOptions(server));
    await client.startCopyJob({
      RecoveryPointArn: rp,
      SourceBackupVaultName: "prod-vault",
      DestinationBackupVaultArn: "arn:aws:backup:us-west-2:111122223333:backup-vault:dr-vault",
      IamRoleArn: "arn:aws:iam::111122223333:role/backup",
    });
    const tokens = server.requests.map((r) => JSON.parse(r.body).IdempotencyToken);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(tokens[1]).toBe(tokens[0]);
    // A client for another Region (the same emulator endpoint) fills tokens too, and signs for that Region.
    await client.forRegion("us-west-2").createBackupVault({ BackupVaultName: "dr-vault" });
    const vault = server.requests[2];
    expect(JSON.parse(vault?.body ?? "").CreatorRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(String(vault?.headers.authorization)).toMatch(/\/us-west-2\/backup\/aws4_request/);
  });

  it("refuses an unknown operation and a missing URI member without sending anything", async () => {
    const server = await serverForTest(() => ({ body: {} }));
    const client = createBackupClient(testOptions(server));
    await expect(client.send("StartRestoreJob" as never, {} as never)).rejects.toThrow(
      /unknown operation "StartRestoreJob"/,
    );
    await expect(client.describeCopyJob({} as never)).rejects.toThrow(/CopyJobId is part of the request URI/);
    expect(server.requests).toHaveLength(0);
  });
});
