import { CONTROL_PREFIX } from "./prefix.js";
import type { ControlInfo } from "./types.js";

/**
 * Asks a target whether it serves the control protocol (version 1): its `GET /info` reply, or undefined when it does
 * not answer one (404, not JSON, another protocol version, no answer within `timeoutMs`).
 */
export async function probeControl(
  endpoint: string,
  {
    fetch: send = (request) => fetch(request),
    timeoutMs = 5_000,
  }: {
    fetch?: (request: Request) => Promise<Response>;
    timeoutMs?: number;
  } = {},
): Promise<ControlInfo | undefined> {
  try {
    const url = `${endpoint.replace(/\/$/, "")}${CONTROL_PREFIX}/info`;
    const response = await send(new Request(url, { signal: AbortSignal.timeout(timeoutMs) }));
    if (!response.ok) {
      return undefined;
    }
    const info = (await response.json()) as Partial<ControlInfo>;
    return info.protocol === 1 && Array.isArray(info.capabilities) ? (info as ControlInfo) : undefined;
  } catch {
    return undefined;
  }
}
