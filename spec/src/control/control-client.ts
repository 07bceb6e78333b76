import type { components as CloudHsmV2 } from "../generated/cloudhsmv2/schema.js";
import { CONTROL_PREFIX } from "./prefix.js";
import type {
  ActivateResponse,
  BackupCopyFaultRequest,
  BackupCopyFaultResponse,
  ControlErrorBody,
  ControlInfo,
  ControlSettings,
  ControlSettingsPatch,
  ControlStateDocument,
  CopyFaultRequest,
  Dashboard,
  PromoteShareResponse,
  ReadyBackupRequest,
  ReadyBackupResponse,
  RunBackupPlanRequest,
  RunBackupPlanResponse,
} from "./types.js";

type Backup = CloudHsmV2["schemas"]["Backup"];

/** A control call that answered with an error: `name` is the control error's `__type`, `status` its HTTP status. */
export class ControlApiError extends Error {
  constructor(
    override readonly name: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Typed calls of the control protocol (spec/control/control-api.yaml), one per route. */
export interface ControlClient {
  info(): Promise<ControlInfo>;
  reset(): Promise<void>;
  now(): Promise<number>;
  advance(seconds: number): Promise<number>;
  activate(clusterId: string): Promise<ActivateResponse>;
  /** A scheduled backup of an ACTIVE cluster, now; the new backup, CREATE_IN_PROGRESS. */
  backupNow(clusterId: string): Promise<Backup>;
  /** Arms a copy fault; its FaultId. */
  failNextCopy(match: CopyFaultRequest): Promise<string>;
  getSettings(): Promise<ControlSettings>;
  putSettings(patch: ControlSettingsPatch): Promise<ControlSettings>;
  exportState(): Promise<ControlStateDocument>;
  importState(doc: ControlStateDocument): Promise<void>;
  /** Promotes the share a backup's resource policy made (RAM's PromoteResourceShareCreatedFromPolicy), so that the
   * accounts the policy names see the backup in DescribeBackups `Shared`. */
  promoteResourceShare(resourceArn: string): Promise<PromoteShareResponse>;
  /** A READY backup at once: of a new ACTIVE cluster in the region and account given (default us-east-1,
   * 123456789012), or of the given ACTIVE cluster; with exactly `TagList` when given. */
  readyBackup(input?: ReadyBackupRequest): Promise<ReadyBackupResponse>;
  /** AWS Backup: runs every rule of a plan now, as when its schedule is due, in the account and Region given
   * (default 123456789012, us-east-1); the ids of the backup jobs it started. */
  runBackupPlan(backupPlanId: string, input?: RunBackupPlanRequest): Promise<RunBackupPlanResponse>;
  /** AWS Backup: the next StartCopyJob's job ends FAILED with `message` (the emulator's default message without one). */
  failNextBackupCopy(input?: BackupCopyFaultRequest): Promise<BackupCopyFaultResponse>;
  /** Everything the dashboard page shows: resources by account × Region, copy lineage, state changes, the clock. */
  dashboard(): Promise<Dashboard>;
}

export interface ControlClientOptions {
  /** The transport: `fetch` by default, or e.g. an in-process emulator's `fetch`. */
  fetch?: (request: Request) => Promise<Response>;
  /** Abandon a call after this many milliseconds (default: never). */
  timeoutMs?: number;
}

/**
 * A control client for the emulator at `endpoint` (any emulator that serves the control protocol).
 *
 * @example
 * const control = createControlClient("http://127.0.0.1:4566");
 * const { Backup } = await control.readyBackup({ Region: "us-west-2" });
 */
export function createControlClient(
  endpoint: string,
  { fetch: send = (request) => fetch(request), timeoutMs }: ControlClientOptions = {},
): ControlClient {
  const base = endpoint.replace(/\/$/, "");
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await send(
      new Request(`${base}${CONTROL_PREFIX}${path}`, {
        method,
        ...(body === undefined ? {} : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
        ...(timeoutMs === undefined ? {} : { signal: AbortSignal.timeout(timeoutMs) }),
      }),
    );
    const text = await response.text();
    const json = parseJson(text);
    if (!response.ok) {
      const error = (json ?? {}) as Partial<ControlErrorBody>;
      const why = error.Message ?? (text || response.statusText);
      throw new ControlApiError(error.__type ?? "Error", response.status, `${method} ${path}: ${why}`);
    }
    return (json ?? {}) as T;
  };
  const cluster = (id: string) => `/clusters/${encodeURIComponent(id)}`;
  return {
    info: () => call("GET", "/info"),
    reset: async () => {
      await call("POST", "/reset");
    },
    now: async () => (await call<{ now: number }>("GET", "/clock")).now,
    advance: async (seconds) => (await call<{ now: number }>("POST", "/clock/advance", { seconds })).now,
    activate: (id) => call("POST", `${cluster(id)}/activate`),
    backupNow: async (id) => (await call<{ Backup: Backup }>("POST", `${cluster(id)}/backups`)).Backup,
    failNextCopy: async (match) => (await call<{ FaultId: string }>("POST", "/faults/copy", match)).FaultId,
    getSettings: () => call("GET", "/settings"),
    putSettings: (patch) => call("PUT", "/settings", patch),
    exportState: () => call("GET", "/state"),
    importState: async (doc) => {
      await call("PUT", "/state", doc);
    },
    promoteResourceShare: (ResourceArn) => call("POST", "/resource-shares/promote", { ResourceArn }),
    readyBackup: (input = {}) => call("POST", "/fixtures/ready-backup", input),
    runBackupPlan: (id, input = {}) => call("POST", `/services/backup/plans/${encodeURIComponent(id)}/run`, input),
    failNextBackupCopy: (input = {}) => call("POST", "/services/backup/copy-faults", input),
    dashboard: () => call("GET", "/dashboard"),
  };
}

function parseJson(text: string): unknown {
  if (text.trim() === "") {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
