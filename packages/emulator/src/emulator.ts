import { loadServiceDocument } from "@cloudhsm-kit/spec/validation";
import { inDocumentOrder } from "./core/control/capabilities.js";
import { controlMounts, createControlApi } from "./core/control/control-api.js";
import { coreRoutes } from "./core/control/core-routes.js";
import { createDashboard } from "./core/control/dashboard.js";
import { CONTROL_MAX_BODY_BYTES } from "./core/control/inputs.js";
import { isUiPath, serveUi } from "./core/control/ui-assets.js";
import { withCors } from "./core/cors/cors.js";
import { corsPolicy } from "./core/cors/origins.js";
import { createIdGenerator } from "./core/ids.js";
import type { MaybePromise } from "./core/maybe-promise.js";
import { OptionError } from "./core/options/option-error.js";
import { loadStateFile } from "./core/persistence/load-state-file.js";
import { osReason, StateFileError, writeFileAtomic } from "./core/persistence/state-file.js";
import { createPipeline } from "./core/pipeline.js";
import { WIRE_LIMITS } from "./core/protocol/limits.js";
import type { EmulatorRequest, EmulatorResponse } from "./core/protocol/message.js";
import { fromWebRequest, fromWebResponse, toWebRequest, toWebResponse } from "./core/protocol/web-messages.js";
import type { ServiceDefinition } from "./core/service.js";
import { createEmulatorState } from "./core/state/emulator-state.js";
import { type Clock, createClock } from "./core/time/clock.js";
import { createScheduler, type ScheduledEvent } from "./core/time/scheduler.js";
import type { EmulatorOptions } from "./emulator-options.js";
import { createBackupService } from "./services/backup/service.js";
import type { Settings } from "./services/cloudhsmv2/domain/context.js";
import { applySeed } from "./services/cloudhsmv2/seed/apply-seed.js";
import { createCloudHsmV2Service } from "./services/cloudhsmv2/service.js";
import type { StateDocument } from "./services/cloudhsmv2/state/state-members.js";
import { startDelays } from "./services/cloudhsmv2/timings/timings-option.js";

export type { EmulatorOptions } from "./emulator-options.js";

export interface Emulator {
  /** The whole emulator as a function: AWS API at `POST /`, control API under `/_emulator/v1`. */
  fetch(request: Request): Promise<Response>;
  /** `fetch` on the emulator's own messages (core/protocol/message.ts), without the fetch API's objects on the AWS
   * API's path. */
  handle(request: EmulatorRequest): Promise<EmulatorResponse>;
  /** `handle`, with the reply itself when it is ready at once (the AWS API's always are), else a promise of it: the
   * Node adapter's way in (core/maybe-promise.ts). */
  respond(request: EmulatorRequest): MaybePromise<EmulatorResponse>;
  readonly clock: Clock;
  /** Runs every transition that is due now (and persists the state when any ran); returns whether any ran. */
  runDue(): boolean;
  settings(): Settings;
  exportState(): StateDocument;
  importState(doc: unknown): void;
  reset(): void;
}

/** The `backupMissingVault` option, checked (OptionError names the member and what was expected). */
function missingVaultOption(value: unknown): "ResourceNotFoundException" | "AccessDeniedException" {
  if (value !== "ResourceNotFoundException" && value !== "AccessDeniedException") {
    throw new OptionError(
      "backupMissingVault",
      `expected "ResourceNotFoundException" or "AccessDeniedException"; got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

/** The `onStateImported` option, checked: a function, or absent. */
function stateImportedOption(value: unknown): (() => void) | undefined {
  if (value !== undefined && typeof value !== "function") {
    throw new OptionError("onStateImported", `expected a function; got ${JSON.stringify(value)}.`);
  }
  return value as (() => void) | undefined;
}

/** Which of the two APIs a path belongs to: the control API under `/_emulator/`, else the AWS API. */
export const isControlPath = (pathname: string): boolean => pathname.startsWith("/_emulator/");

/** The largest body a request to this path may have: the control API's (state documents) or the AWS API's. */
export const maxBodyBytesFor = (pathname: string): number =>
  isControlPath(pathname) ? CONTROL_MAX_BODY_BYTES : WIRE_LIMITS.maxBodyBytes;

/**
 * The composition root: the core's clock, scheduler, persistence, pipeline and control API, with the registered
 * services (CloudHSM v2, AWS Backup). Everything service-specific comes from a service's definition.
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const cors = corsPolicy(options.corsOrigins);
  const clock = createClock({
    ...(options.startTime !== undefined ? { startTime: options.startTime } : {}),
    ...(options.realTimeMs ? { realTimeMs: options.realTimeMs } : {}),
  });
  const scheduler = createScheduler();
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const onStateImported = stateImportedOption(options.onStateImported);

  /** Whether any transition ran: then the state changed and must be persisted before anything is shown. While
   * someone watches the dashboard, its timeline looks after each transition. */
  const runDue = (): boolean => {
    const now = clock.now();
    const next = scheduler.nextAt();
    if (next === undefined || next > now) {
      return false; // most requests: nothing is due, and nothing is made to watch it
    }
    const watched = dashboard.transitions();
    const ran = scheduler.runDue(now, (event) => {
      watched.applying();
      ownerOf(event).events.apply(event);
      watched.applied(event);
    });
    watched.finish();
    return ran > 0;
  };

  const cloudHsm = createCloudHsmV2Service({
    clock,
    scheduler,
    ids: createIdGenerator(),
    spec: options.spec ?? loadServiceDocument(),
    delays: startDelays(options.timings, options.delays),
    legacyClusterIdCopy: options.legacyClusterIdCopy ?? false,
    runDue,
  });
  const backup = createBackupService({
    clock,
    scheduler,
    ids: createIdGenerator(),
    spec: loadServiceDocument("backup"),
    ...(options.backupDelays ? { delays: options.backupDelays } : {}),
    ...(options.backupMissingVault !== undefined
      ? { missingVault: missingVaultOption(options.backupMissingVault) }
      : {}),
    legacyBackupSeed: options.legacyBackupSeed === true,
  });
  // CloudHSM v2 first: a request no service claims (unsigned, no target) is answered by it, as before.
  const services: readonly ServiceDefinition[] = [cloudHsm, backup];
  const owners = new Map(services.flatMap((s) => s.events.kinds.map((kind) => [kind, s] as const)));
  const ownerOf = (event: ScheduledEvent): ServiceDefinition => {
    const owner = owners.get(event.kind);
    if (!owner) {
      throw new Error(`no service applies events of kind ${event.kind}`);
    }
    return owner;
  };

  const dashboard = createDashboard({ now: () => clock.now(), services });
  const state = createEmulatorState<StateDocument>(clock, scheduler, services);
  const importState = (doc: unknown) => {
    state.importState(doc);
    dashboard.rebase({ forget: false });
    onStateImported?.();
  };
  const reset = () => {
    state.reset();
    dashboard.rebase({ forget: true });
  };
  const exportState = () => state.snapshot(true);

  /** After every acknowledged change (of an AWS operation: which one): the dashboard records it, and the state file
   * (if any) is written. */
  const persist = (change?: { service: ServiceDefinition; operation: string }) => {
    dashboard.changed(!change?.service.dashboard.quiet.has(change.operation));
    if (options.stateFile) {
      writeFileAtomic(options.stateFile, JSON.stringify(state.snapshot(false)));
    }
  };

  const loaded = options.stateFile ? loadStateFile(options.stateFile, importState) : false;
  if (options.seed !== undefined && !loaded) {
    applySeed(options.seed, { builder: cloudHsm.builder, checkTagList: cloudHsm.checkTagList, importState });
  }
  if (options.stateFile) {
    // Written once now, so that a file that cannot be written fails the start instead of every later change.
    try {
      persist();
    } catch (e) {
      throw new StateFileError(options.stateFile, `cannot be written: ${osReason(e)}`);
    }
  }

  const aws = createPipeline(services, {
    ...(options.strict ? { strict: options.strict } : {}),
    runDue,
    now: () => clock.now(),
    committed: persist,
    log,
  });

  const core = coreRoutes({
    clock,
    runDue,
    reset,
    exportState,
    importState,
    capabilities: () => inDocumentOrder(mounts.flatMap((m) => m.capabilities)),
  });
  const mounts = [...controlMounts(core, services), dashboard.mount()];
  const control = createControlApi(mounts, {
    runDue,
    committed: persist,
    log,
    asServiceError: (e) => services.map((s) => s.asServiceError(e)).find((found) => found !== undefined),
  });

  /** The control API and the dashboard's files speak the fetch API: the few requests they get are converted. */
  const viaFetchApi = async (request: EmulatorRequest): Promise<EmulatorResponse> => {
    const web = toWebRequest(request);
    return fromWebResponse(isUiPath(request.url.pathname) ? serveUi(web) : await control(web));
  };
  const respond = withCors((request) => {
    const path = request.url.pathname;
    return isUiPath(path) || isControlPath(path) ? viaFetchApi(request) : aws(request);
  }, cors);
  const handle = async (request: EmulatorRequest) => respond(request);

  return {
    fetch: async (request) => toWebResponse(await handle(await fromWebRequest(request, maxBodyBytesFor))),
    handle,
    respond,
    clock,
    runDue: () => {
      const ran = runDue();
      if (ran) {
        persist();
      }
      return ran;
    },
    settings: () => cloudHsm.settings(),
    exportState,
    importState,
    reset,
  };
}
