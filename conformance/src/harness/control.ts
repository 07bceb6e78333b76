/**
 * A client for the emulator control protocol v1 (`/_emulator/v1`), the protocol the reference emulator defines so
 * that any emulator can let the suite build fixtures and move time. Plain HTTP + JSON, no SigV4. The suite only
 * uses it when GET /_emulator/v1/info answers.
 */
import type { components } from "@cloudhsm-kit/spec";

type Backup = components["schemas"]["Backup"];
type Cluster = components["schemas"]["Cluster"];

export interface ControlInfo {
  name: string;
  version: string;
  protocol: number;
  capabilities: string[];
  now: number;
}

export interface ControlDelays {
  backupCreate: number;
  copy: number;
  clusterCreate: number;
  clusterInitialize: number;
  clusterDelete: number;
  hsmCreate: number;
  hsmDelete: number;
}

export interface ControlSettings {
  delays: ControlDelays;
  legacyClusterIdCopy: boolean;
}

export class ControlError extends Error {
  override name = "ControlError";
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export const CONTROL_PREFIX = "/_emulator/v1";

export class ControlClient {
  constructor(
    readonly endpoint: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async #call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.fetchImpl(new URL(CONTROL_PREFIX + path, this.endpoint), {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    const json = text ? (JSON.parse(text) as unknown) : {};
    if (!response.ok) {
      const error = json as { __type?: string; Message?: string };
      throw new ControlError(response.status, error.__type ?? "Unknown", `${method} ${path}: ${error.Message ?? text}`);
    }
    return json as T;
  }

  info(): Promise<ControlInfo> {
    return this.#call("GET", "/info");
  }
  reset(): Promise<unknown> {
    return this.#call("POST", "/reset");
  }
  async now(): Promise<number> {
    return (await this.#call<{ now: number }>("GET", "/clock")).now;
  }
  async advance(seconds: number): Promise<number> {
    return (await this.#call<{ now: number }>("POST", "/clock/advance", { seconds })).now;
  }
  activate(clusterId: string): Promise<{ Cluster: Cluster; Backup: Backup }> {
    return this.#call("POST", `/clusters/${encodeURIComponent(clusterId)}/activate`);
  }
  backupNow(clusterId: string): Promise<{ Backup: Backup }> {
    return this.#call("POST", `/clusters/${encodeURIComponent(clusterId)}/backups`);
  }
  async failNextCopy(match: { BackupId?: string; DestinationRegion?: string }): Promise<string> {
    return (await this.#call<{ FaultId: string }>("POST", "/faults/copy", match)).FaultId;
  }
  /** Promotes the share a backup's resource policy made (standing in for RAM's PromoteResourceShareCreatedFromPolicy). */
  promoteResourceShare(resourceArn: string): Promise<{ ResourceArn: string; Promoted: true }> {
    return this.#call("POST", "/resource-shares/promote", { ResourceArn: resourceArn });
  }
  settings(): Promise<ControlSettings> {
    return this.#call("GET", "/settings");
  }
  putSettings(partial: { delays?: Partial<ControlDelays>; legacyClusterIdCopy?: boolean }): Promise<ControlSettings> {
    return this.#call("PUT", "/settings", partial);
  }
}

/** Asks the target whether it offers the control protocol; undefined when it does not (404, not JSON, …). */
export async function probeControl(
  endpoint: string,
  fetchImpl: typeof fetch = fetch,
): Promise<ControlInfo | undefined> {
  try {
    const response = await fetchImpl(new URL(`${CONTROL_PREFIX}/info`, endpoint), {
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) {
      return undefined;
    }
    const info = (await response.json()) as Partial<ControlInfo>;
    if (info.protocol !== 1 || !Array.isArray(info.capabilities)) {
      return undefined;
    }
    return info as ControlInfo;
  } catch {
    return undefined;
  }
}
