import type { components } from "@cloudhsm-kit/spec";
import { ConfigurationError, checkSignal, describeValue } from "../core/options/configuration-error.js";
import { checkWaitOptions, createWaiter, type WaitOptions } from "../core/waiters/create-waiter.js";
import type { CloudHsmV2Client } from "./client-types.js";

type Backup = components["schemas"]["Backup"];
export type BackupState = components["schemas"]["BackupState"];

const BACKUP_STATES: readonly BackupState[] = ["CREATE_IN_PROGRESS", "READY", "DELETED", "PENDING_DELETION"];

/** Every waiter's `timeoutMs`, `pollIntervalMs` (between DescribeBackups calls) and `signal`, and the backup's. */
export interface WaitUntilBackupStateOptions extends WaitOptions {
  BackupId: string;
  /** Any of these ends the wait. */
  states: readonly BackupState[];
  /** Poll this region instead of the client's (a copy's destination, say) with `client.forRegion`. */
  region?: string | undefined;
}

export interface WaitUntilBackupStateResult {
  readonly state: BackupState;
  readonly backup: Backup;
  /** DescribeBackups calls made. */
  readonly polls: number;
}

/** The backup did not reach a wanted state in time; says which backup, which states and what was last seen. */
export class WaiterTimeoutError extends Error {
  override readonly name = "WaiterTimeoutError";
  constructor(
    readonly backupId: string,
    readonly states: readonly BackupState[],
    /** The last `BackupState` seen, or `undefined` if DescribeBackups never listed the backup. */
    readonly lastState: BackupState | undefined,
    readonly timeoutMs: number,
    readonly polls: number,
  ) {
    super(
      `backup ${backupId} did not reach ${states.join(" or ")} within ${timeoutMs} ms; last state seen: ` +
        `${lastState ?? "none (DescribeBackups did not list the backup)"} after ${polls} poll${polls === 1 ? "" : "s"}`,
    );
  }
}

/**
 * The backup reached a state it never leaves (DELETED) that is not one of the wanted states, so waiting longer
 * cannot help: a copy that failed, say, while the caller waited for READY.
 */
export class WaiterStateError extends Error {
  override readonly name = "WaiterStateError";
  constructor(
    readonly backupId: string,
    readonly states: readonly BackupState[],
    readonly state: BackupState,
    readonly backup: Backup,
    readonly polls: number,
  ) {
    super(`backup ${backupId} is ${state}, a final state, so it will not reach ${states.join(" or ")}`);
  }
}

/** States a backup never leaves: "DELETED" backups are gone (the user guide's delete/restore page). */
const FINAL_STATES: readonly BackupState[] = ["DELETED"];

function check(options: WaitUntilBackupStateOptions): void {
  const fail = (what: string, value: unknown) => {
    throw new ConfigurationError(`waitUntilBackupState: ${what}; got ${describeValue(value)}`);
  };
  if (typeof options !== "object" || options === null) {
    fail("expected an options object { BackupId, states, timeoutMs }", options);
  }
  const { BackupId, states, region, signal } = options;
  checkSignal(signal, "waitUntilBackupState");
  if (region !== undefined && (typeof region !== "string" || region === "")) {
    fail("region must be a region name when set", region);
  }
  if (typeof BackupId !== "string" || BackupId === "") {
    fail("BackupId must be a non-empty string", BackupId);
  }
  if (!Array.isArray(states) || states.length === 0 || states.some((s) => !BACKUP_STATES.includes(s))) {
    fail(`states must be a non-empty array of ${BACKUP_STATES.join(", ")}`, states);
  }
  checkWaitOptions(options, "waitUntilBackupState");
}

type StatedBackup = Backup & { BackupState: BackupState };

/** The backup as DescribeBackups (filter `backupIds`) lists it, once it is listed with a state. */
const backupStateWaiter = /* @__PURE__ */ createWaiter({
  name: "waitUntilBackupState",
  poll: async (
    client: Pick<CloudHsmV2Client, "describeBackups">,
    { BackupId }: Pick<WaitUntilBackupStateOptions, "BackupId" | "states">,
    signal,
  ) => {
    const { Backups = [] } = await client.describeBackups({ Filters: { backupIds: [BackupId] } }, { signal });
    const backup = Backups.find((b) => b.BackupId === BackupId);
    return backup?.BackupState === undefined ? undefined : (backup as StatedBackup);
  },
  acceptors: [
    { state: "success", matches: (backup, { states }) => states.includes(backup.BackupState) },
    { state: "failure", matches: (backup) => FINAL_STATES.includes(backup.BackupState) },
  ],
});

/**
 * Polls DescribeBackups (filter `backupIds`) until the backup is in one of `states`, e.g. a copy going
 * from CREATE_IN_PROGRESS to READY. AWS's SDKs ship no waiters for CloudHSM v2 (botocore has no
 * `waiters-2.json` for it), so this one is ours; it follows their shape. Service errors end the wait at
 * once (the client has already retried the transient ones); a final state that is not wanted (DELETED) throws
 * `WaiterStateError`; running out of time throws `WaiterTimeoutError`.
 *
 * @example
 * await waitUntilBackupState(client, { BackupId, region: "eu-west-1", states: ["READY"], timeoutMs: 30 * 60_000 });
 */
export async function waitUntilBackupState(
  client: Pick<CloudHsmV2Client, "describeBackups" | "forRegion" | "config">,
  options: WaitUntilBackupStateOptions,
): Promise<WaitUntilBackupStateResult> {
  check(options);
  const { BackupId, states, timeoutMs, pollIntervalMs, region, signal } = options;
  const target = region === undefined || region === client.config.region ? client : client.forRegion(region);
  const result = await backupStateWaiter(target, { BackupId, states }, { timeoutMs, pollIntervalMs, signal });
  if (result.state === "timeout") {
    throw new WaiterTimeoutError(BackupId, states, result.last?.BackupState, timeoutMs, result.polls);
  }
  const { observation: backup, polls } = result;
  if (result.state === "failure") {
    throw new WaiterStateError(BackupId, states, backup.BackupState, backup, polls);
  }
  return { state: backup.BackupState, backup, polls };
}
