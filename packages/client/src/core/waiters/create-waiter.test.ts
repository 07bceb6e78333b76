import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../options/configuration-error.js";
import { createWaiter } from "./create-waiter.js";

// A made-up job service: GetJob answers with each status of `script` in turn (`undefined`: the job is not listed).
type Status = "RUNNING" | "DONE" | "FAILED";
type JobClient = { getJob(jobId: string, signal: AbortSignal | undefined): Promise<{ Status: Status } | undefined> };

function jobClient(script: readonly (Status | undefined | Error)[]) {
  const calls: string[] = [];
  const client: JobClient = {
    getJob: async (jobId) => {
      const step = script[Math.min(calls.length, script.length - 1)];
      calls.push(jobId);
      if (step instanceof Error) {
        throw step;
      }
      return step === undefined ? undefined : { Status: step };
    },
  };
  return { client, calls };
}

const waitUntilJobDone = createWaiter({
  name: "waitUntilJobDone",
  poll: (client: JobClient, { JobId }: { JobId: string }, signal) => client.getJob(JobId, signal),
  acceptors: [
    { state: "success", matches: (job) => job.Status === "DONE" },
    { state: "failure", matches: (job) => job.Status === "FAILED" },
  ],
});

const fast = { timeoutMs: 1_000, pollIntervalMs: 1 };

describe("createWaiter", () => {
  it("polls until an acceptor matches and says which, with the observation and the polls made", async () => {
    const { client, calls } = jobClient([undefined, "RUNNING", "DONE"]);
    await expect(waitUntilJobDone(client, { JobId: "j-1" }, fast)).resolves.toEqual({
      state: "success",
      observation: { Status: "DONE" },
      polls: 3,
    });
    expect(calls).toEqual(["j-1", "j-1", "j-1"]);
    const failed = jobClient(["RUNNING", "FAILED"]);
    await expect(waitUntilJobDone(failed.client, { JobId: "j-2" }, fast)).resolves.toMatchObject({
      state: "failure",
      polls: 2,
    });
  });

  it("times out with the last observation made, kept over polls that observed nothing", async () => {
    const { client } = jobClient(["RUNNING", undefined]);
    const result = await waitUntilJobDone(client, { JobId: "j-3" }, { timeoutMs: 1_000, pollIntervalMs: 50 });
    expect(result).toMatchObject({ state: "timeout", last: { Status: "RUNNING" } });
    expect(result.polls).toBeGreaterThan(1);
  });

  it("ends at once on a poll's error, and with the caller's reason when aborted", async () => {
    const { client, calls } = jobClient(["RUNNING", new Error("GetJob failed")]);
    await expect(waitUntilJobDone(client, { JobId: "j-4" }, fast)).rejects.toThrow("GetJob failed");
    expect(calls).toHaveLength(2);
    const running = jobClient(["RUNNING"]);
    const signal = AbortSignal.timeout(20);
    const reason = await waitUntilJobDone(running.client, { JobId: "j-5" }, { ...fast, signal }).catch((e) => e);
    expect(reason).toBe(signal.reason);
  });

  it("checks its options before the first poll, naming the waiter", async () => {
    const { client, calls } = jobClient(["DONE"]);
    await expect(waitUntilJobDone(client, { JobId: "j-6" }, { timeoutMs: 0 })).rejects.toThrow(
      new ConfigurationError("waitUntilJobDone: timeoutMs must be a finite number > 0; got 0"),
    );
    await expect(waitUntilJobDone(client, { JobId: "j-6" }, { timeoutMs: 5, pollIntervalMs: 0.5 })).rejects.toThrow(
      "waitUntilJobDone: pollIntervalMs must be a finite number ≥ 1; got 0.5",
    );
    expect(calls).toHaveLength(0);
  });
});
