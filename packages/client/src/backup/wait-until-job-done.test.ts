import { describe, expect, it } from "vitest";
import { serverForTest, testOptions } from "../../test/test-server.js";
import { ConfigurationError } from "../core/options/configuration-error.js";
import { createBackupClient } from "./create-client.js";
import { JobWaitTimeoutError, waitUntilBackupJobDone, waitUntilCopyJobDone } from "./wait-until-job-done.js";

describe("the job waiters", () => {
  it("poll DescribeCopyJob until the copy job is in a final state, and return it", async () => {
    const states = ["CREATED", "RUNNING", "FAILED"];
    const server = await serverForTest((_request, index) => ({
      body: {
        CopyJob: { CopyJobId: "j", State: states[index], StatusMessage: index === 2 ? "vault lock" : undefined },
      },
    }));
    const client = createBackupClient(testOptions(server));
    const result = await waitUntilCopyJobDone(client, { CopyJobId: "j", timeoutMs: 5_000, pollIntervalMs: 1 });
    expect(result).toMatchObject({ state: "FAILED", polls: 3, job: { StatusMessage: "vault lock" } });
    expect(server.requests.every((r) => r.url === "/copy-jobs/j")).toBe(true);
  });

  it("poll DescribeBackupJob until COMPLETED, and report a timeout with the state last seen", async () => {
    const server = await serverForTest(() => ({ body: { BackupJobId: "b", State: "RUNNING" } }));
    const client = createBackupClient(testOptions(server));
    const failure = await waitUntilBackupJobDone(client, {
      BackupJobId: "b",
      timeoutMs: 1_000,
      pollIntervalMs: 50,
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(JobWaitTimeoutError);
    expect(failure).toMatchObject({ jobId: "b", lastState: "RUNNING" });
  });

  it("refuse a missing job ID at once", async () => {
    const client = createBackupClient({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } });
    await expect(waitUntilCopyJobDone(client, { timeoutMs: 10 } as never)).rejects.toThrow(ConfigurationError);
  });
});
