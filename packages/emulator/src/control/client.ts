import type { Delays, Settings } from "../domain/context.js";
import type { Backup, Cluster, Tag } from "../domain/types.js";
import type { StateDocument } from "../persistence/state.js";
import { CONTROL_PREFIX } from "./inputs.js";

/** A control API call that answered with an error. */
export class ControlApiError extends Error {
  constructor(
    override readonly name: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ControlInfo {
  name: string;
  version: string;
  protocol: number;
  capabilities: string[];
  now: number;
}

/** Typed wrapper over the control API; works over any `fetch` (in-process `emulator.fetch` or HTTP). */
export interface ControlClient {
  info(): Promise<ControlInfo>;
  reset(): Promise<void>;
  now(): Promise<number>;
  advance(seconds: number): Promise<number>;
  activate(clusterId: string): Promise<{ Cluster: Cluster; Backup: Backup }>;
  backupNow(clusterId: string): Promise<Backup>;
  failNextCopy(match: { BackupId?: string; DestinationRegion?: string }): Promise<string>;
  getSettings(): Promise<Settings>;
  putSettings(patch: { delays?: Partial<Delays>; legacyClusterIdCopy?: boolean }): Promise<Settings>;
  exportState(): Promise<StateDocument>;
  importState(doc: StateDocument): Promise<void>;
  /** Promotes the share a backup's resource policy made (RAM's PromoteResourceShareCreatedFromPolicy), so that the
   * accounts the policy names see the backup in DescribeBackups `Shared`. */
  promoteResourceShare(resourceArn: string): Promise<{ ResourceArn: string; Promoted: true }>;
  /** A READY backup at once (`POST /fixtures/ready-backup`): of a new ACTIVE cluster in the region and account given
   * (default us-east-1, 123456789012), or of the given ACTIVE cluster; with exactly `TagList` when given. */
  readyBackup(input?: ReadyBackupInput): Promise<{ Backup: Backup; Cluster: Cluster }>;
}

export interface ReadyBackupInput {
  Region?: string;
  AccountId?: string;
  TagList?: Tag[];
  ClusterId?: string;
}

export function createControlClient(
  baseUrl: string,
  fetchFn: (request: Request) => Promise<Response> = (r) => fetch(r),
): ControlClient {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetchFn(
      new Request(`${baseUrl.replace(/\/$/, "")}${CONTROL_PREFIX}${path}`, {
        method,
        headers: { "Content-Type": "application/json" },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      }),
    );
    const json = (await response.json()) as T & { __type?: string; Message?: string };
    if (!response.ok) {
      throw new ControlApiError(json.__type ?? "Error", response.status, json.Message ?? response.statusText);
    }
    return json;
  };
  return {
    info: () => call("GET", "/info"),
    reset: async () => {
      await call("POST", "/reset");
    },
    now: async () => (await call<{ now: number }>("GET", "/clock")).now,
    advance: async (seconds) => (await call<{ now: number }>("POST", "/clock/advance", { seconds })).now,
    activate: (id) => call("POST", `/clusters/${encodeURIComponent(id)}/activate`),
    backupNow: async (id) =>
      (await call<{ Backup: Backup }>("POST", `/clusters/${encodeURIComponent(id)}/backups`)).Backup,
    failNextCopy: async (match) => (await call<{ FaultId: string }>("POST", "/faults/copy", match)).FaultId,
    getSettings: () => call("GET", "/settings"),
    putSettings: (patch) => call("PUT", "/settings", patch),
    exportState: () => call("GET", "/state"),
    importState: async (doc) => {
      await call("PUT", "/state", doc);
    },
    promoteResourceShare: (ResourceArn) => call("POST", "/resource-shares/promote", { ResourceArn }),
    readyBackup: (input = {}) => call("POST", "/fixtures/ready-backup", input),
  };
}
