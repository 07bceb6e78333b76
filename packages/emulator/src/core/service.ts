import type { DashboardSection } from "./control/dashboard-section.js";
import type { ControlMount } from "./control/route.js";
import type { Protocol, ProtocolService } from "./protocol/protocol.js";
import type { ServiceError } from "./protocol/service-error.js";
import type { StateSection } from "./state/state-document.js";
import type { ScheduledEvent } from "./time/scheduler.js";

/** Who calls, from where and when: what the pipeline knows of a request once its signature is read. */
export interface Caller {
  account: string;
  region: string;
  /** Regions the caller's key may act in (strict mode); undefined = any. */
  regions?: readonly string[];
  /** Emulated time of the call, epoch seconds. */
  now: number;
}

/**
 * One emulated AWS service, as the core sees it: how it is addressed (signing name, protocol, target prefix), how it
 * runs an operation, and what it adds to the scheduler, the state document and the control API. Each service builds
 * one per emulator (src/services/<id>/service.ts); createEmulator registers them.
 */
export interface ServiceDefinition {
  /** e.g. "cloudhsmv2": names the service in the control API (`/_emulator/v1/services/<id>/…`). */
  readonly id: string;
  /** The SigV4 signing name, e.g. "cloudhsm": the router's first clue, and the name strict mode requires. */
  readonly signingName: string;
  readonly protocol: Protocol;
  readonly wire: ProtocolService;
  isServedRegion(region: string): boolean;
  /** Operations that change nothing: after one, the state is not written (unless due transitions ran). */
  isReadOnly(operation: string): boolean;
  /** Runs one operation of `wire.operations` for a caller: permission, input checks, then the operation. Throws the
   * service's modelled errors or framework errors. */
  invoke(operation: string, input: Record<string, unknown>, caller: Caller): unknown;
  /** The thrown value as this service's modelled error, or undefined when it is none of them. */
  asServiceError(error: unknown): ServiceError | undefined;
  /** The service's internal-failure error (a bug, answered as 500). */
  internalFailure(message: string): ServiceError;
  /** The scheduled transitions this service owns (by `kind`) and how one is applied when due. */
  readonly events: { readonly kinds: readonly string[]; apply(event: ScheduledEvent): void };
  readonly state: StateSection;
  readonly control: ControlMount;
  /** What the dashboard shows of the service, and the states its timeline follows. */
  readonly dashboard: DashboardSection;
}
