import { cloudHsmV2WireNames, targetOf } from "@cloudhsm-kit/spec";
import { describe, expect, it } from "vitest";
import { clientWithServer } from "../../test/test-client.js";
import { ConfigurationError } from "../core/options/configuration-error.js";
import { CloudHsmAccessDeniedException } from "./errors/modelled-errors.js";
import { WaiterStateError, WaiterTimeoutError, waitUntilBackupState } from "./wait-until-backup-state.js";

const BackupId = "backup-1234567890a";

function backups(...states: string[]) {
  return (_request: unknown, index: number) => ({
    body: { Backups: [{ BackupId, BackupState: states[Math.min(index, states.length - 1)] }] },
  });
}

describe("waitUntilBackupState", () => {
  it("polls DescribeBackups filtered by the backup id until a wanted state", async () => {
    const { client, requests } = await clientWithServer(backups("CREATE_IN_PROGRESS", "CREATE_IN_PROGRESS", "READY"));
    const result = await waitUntilBackupState(client, {
      BackupId,
      states: ["READY", "DELETED"],
      timeoutMs: 60_000,
      pollIntervalMs: 1,
    });
    expect(result).toEqual({ state: "READY", backup: { BackupId, BackupState: "READY" }, polls: 3 });
    expect(requests.map((r) => JSON.parse(r.body))).toEqual(Array(3).fill({ Filters: { backupIds: [BackupId] } }));
    expect(requests.every((r) => r.headers["x-amz-target"] === targetOf("DescribeBackups"))).toBe(true);
  });

  it("throws a WaiterTimeoutError naming the backup, the wanted states and the last state seen", async () => {
    // The first poll answers; later polls never do, so the deadline is what ends the wait.
    const { client } = await clientWithServer((_request, index) =>
      index === 0 ? { body: { Backups: [{ BackupId, BackupState: "CREATE_IN_PROGRESS" }] } } : { hang: true },
    );
    const error = await waitUntilBackupState(client, {
      BackupId,
      states: ["READY"],
      timeoutMs: 500,
      pollIntervalMs: 1,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect(error).toMatchObject({ backupId: BackupId, states: ["READY"], lastState: "CREATE_IN_PROGRESS", polls: 2 });
    expect((error as Error).message).toBe(
      "backup backup-1234567890a did not reach READY within 500 ms; last state seen: CREATE_IN_PROGRESS after 2 polls",
    );
  });

  it("stops at once when the backup reaches DELETED and DELETED is not wanted", async () => {
    const { client, requests } = await clientWithServer(backups("CREATE_IN_PROGRESS", "DELETED", "READY"));
    const error = await waitUntilBackupState(client, {
      BackupId,
      states: ["READY"],
      timeoutMs: 60_000,
      pollIntervalMs: 1,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterStateError);
    expect(error).toMatchObject({ backupId: BackupId, state: "DELETED", polls: 2 });
    expect((error as Error).message).toBe(
      "backup backup-1234567890a is DELETED, a final state, so it will not reach READY",
    );
    expect(requests).toHaveLength(2);
  });

  it("says so when the backup was never listed", async () => {
    const { client } = await clientWithServer(() => ({ body: { Backups: [] } }));
    const error = await waitUntilBackupState(client, {
      BackupId,
      states: ["READY"],
      timeoutMs: 20,
      pollIntervalMs: 5,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect((error as Error).message).toContain("last state seen: none (DescribeBackups did not list the backup)");
  });

  it("cuts short a poll that outlasts the deadline", async () => {
    const { client } = await clientWithServer(() => ({ hang: true }));
    const error = await waitUntilBackupState(client, { BackupId, states: ["READY"], timeoutMs: 30 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect(error).toMatchObject({ polls: 1, lastState: undefined });
  });

  it("ends the wait on a service error", async () => {
    const { client, requests } = await clientWithServer(() => ({
      status: 400,
      body: { __type: "CloudHsmAccessDeniedException", Message: "no" },
    }));
    await expect(
      waitUntilBackupState(client, { BackupId, states: ["READY"], timeoutMs: 60_000, pollIntervalMs: 1 }),
    ).rejects.toBeInstanceOf(CloudHsmAccessDeniedException);
    expect(requests).toHaveLength(1);
  });

  it("stops with the caller's reason when aborted", async () => {
    const controller = new AbortController();
    const { client } = await clientWithServer((_r, index) => {
      if (index === 1) {
        controller.abort(new Error("user gave up"));
      }
      return { body: { Backups: [{ BackupId, BackupState: "CREATE_IN_PROGRESS" }] } };
    });
    await expect(
      waitUntilBackupState(client, {
        BackupId,
        states: ["READY"],
        timeoutMs: 60_000,
        pollIntervalMs: 1,
        signal: controller.signal,
      }),
    ).rejects.toThrow("user gave up");
  });

  it("polls another region through a client for that region", async () => {
    const { client, requests } = await clientWithServer(backups("READY"));
    await waitUntilBackupState(client, { BackupId, region: "eu-west-1", states: ["READY"], timeoutMs: 60_000 });
    expect(requests[0]?.headers.authorization).toContain(`/eu-west-1/${cloudHsmV2WireNames.signingName}/aws4_request`);
  });

  it.each([
    [{ BackupId: "" }, 'waitUntilBackupState: BackupId must be a non-empty string; got ""'],
    [{ states: [] }, "waitUntilBackupState: states must be a non-empty array of CREATE_IN_PROGRESS, READY, DELETED"],
    [{ states: ["AVAILABLE"] }, "states must be a non-empty array"],
    [{ timeoutMs: 0 }, "waitUntilBackupState: timeoutMs must be a finite number > 0; got 0"],
    [{ pollIntervalMs: Number.NaN }, "waitUntilBackupState: pollIntervalMs must be a finite number ≥ 1; got NaN"],
    [{ signal: {} }, "waitUntilBackupState: signal must be an AbortSignal when set; got an object"],
    [{ region: 42 }, "waitUntilBackupState: region must be a region name when set; got 42"],
  ])("rejects %j before polling", async (bad, message) => {
    const { client, requests } = await clientWithServer(backups("READY"));
    const options = { BackupId, states: ["READY"], timeoutMs: 1000, ...bad } as Parameters<
      typeof waitUntilBackupState
    >[1];
    await expect(waitUntilBackupState(client, options)).rejects.toThrow(ConfigurationError);
    await expect(waitUntilBackupState(client, options)).rejects.toThrow(message);
    expect(requests).toHaveLength(0);
  });
});
