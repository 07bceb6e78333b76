import { cloudHsmV2 } from "@cloudhsm-kit/spec";
import { loadServiceDocument } from "@cloudhsm-kit/spec/validation";
import { withCors } from "./core/cors/cors.js";
import { corsPolicy } from "./core/cors/origins.js";
import { createIdGenerator } from "./core/ids.js";
import { loadStateFile } from "./core/persistence/load-state-file.js";
import { osReason, StateFileError, writeFileAtomic } from "./core/persistence/state-file.js";
import { createAwsApp } from "./core/pipeline.js";
import type { Identity } from "./core/protocol/sigv4.js";
import { type Clock, createClock } from "./core/time/clock.js";
import { createScheduler } from "./core/time/scheduler.js";
import { createValidator } from "./core/validation/validate-input.js";
import type { EmulatorOptions } from "./emulator-options.js";
import { CONTROL_MAX_BODY_BYTES } from "./services/cloudhsmv2/control/inputs.js";
import { createControlRoutes } from "./services/cloudhsmv2/control/routes.js";
import type { CopyFault, DomainContext, Settings } from "./services/cloudhsmv2/domain/context.js";
import { applyEvent } from "./services/cloudhsmv2/domain/events.js";
import { UNDOC } from "./services/cloudhsmv2/domain/undocumented.js";
import { applySeed } from "./services/cloudhsmv2/seed/apply-seed.js";
import { createBuilder } from "./services/cloudhsmv2/seed/build.js";
import { createTagListCheck } from "./services/cloudhsmv2/seed/tag-check.js";
import { createStateChecker } from "./services/cloudhsmv2/state/state-check.js";
import {
  exportNamespaces,
  importNamespaces,
  STATE_FORMAT,
  STATE_VERSION,
  type StateDocument,
} from "./services/cloudhsmv2/state/state-document.js";
import { createStore } from "./services/cloudhsmv2/store/region-store.js";
import { startDelays } from "./services/cloudhsmv2/timings/timings-option.js";

export type { EmulatorOptions } from "./emulator-options.js";

export interface Emulator {
  /** The whole emulator as a function: AWS API at `POST /`, control API under `/_emulator/v1`. */
  fetch(request: Request): Promise<Response>;
  readonly clock: Clock;
  /** Runs every transition that is due now (and persists the state when any ran); returns whether any ran. */
  runDue(): boolean;
  settings(): Settings;
  exportState(): StateDocument;
  importState(doc: unknown): void;
  reset(): void;
}

/** Which of the two APIs a path belongs to: the control API under `/_emulator/`, else the AWS API. */
export const isControlPath = (pathname: string): boolean => pathname.startsWith("/_emulator/");

/** The largest body a request to this path may have: the control API's (state documents) or the AWS API's. */
export const maxBodyBytesFor = (pathname: string): number =>
  isControlPath(pathname) ? CONTROL_MAX_BODY_BYTES : UNDOC.maxBodyBytes;

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const baseDelays = startDelays(options.timings, options.delays);
  const cors = corsPolicy(options.corsOrigins);
  const defaultSettings = (): Settings => ({
    delays: { ...baseDelays },
    legacyClusterIdCopy: options.legacyClusterIdCopy ?? false,
  });
  const clock = createClock({
    ...(options.startTime !== undefined ? { startTime: options.startTime } : {}),
    ...(options.realTimeMs ? { realTimeMs: options.realTimeMs } : {}),
  });
  const store = createStore();
  const scheduler = createScheduler();
  const ids = createIdGenerator();
  const spec = options.spec ?? loadServiceDocument();
  const validate = createValidator(spec);
  let checkState: ((doc: unknown) => string | undefined) | undefined;
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  let settings = defaultSettings();
  let copyFaults: CopyFault[] = [];

  const context = (account: string, region: string, now: number, regions?: readonly string[]): DomainContext => ({
    store,
    account,
    region,
    now,
    ids,
    settings,
    copyFaults,
    mayUseRegion: (r) => regions === undefined || regions.includes(r),
    schedule: (e) => scheduler.schedule({ account, region, ...e }),
  });

  /** Whether any transition ran: then the state changed and must be persisted before anything is shown. */
  const runDue = (): boolean =>
    scheduler.runDue(clock.now(), (event) => applyEvent(context(event.account, event.region, event.at), event)) > 0;

  /** The state document; `detached` copies the records so that the caller may keep or change it. */
  const snapshot = (detached: boolean): StateDocument => {
    const doc: StateDocument = {
      format: STATE_FORMAT,
      version: STATE_VERSION,
      now: clock.now(),
      clockOffsetMs: clock.offsetMs(),
      settings,
      copyFaults,
      events: scheduler.snapshot(),
      namespaces: exportNamespaces(store),
    };
    return detached ? structuredClone(doc) : doc;
  };
  const exportState = () => snapshot(true);

  /** Replaces the whole state with a checked document. */
  const load = (d: StateDocument) => {
    importNamespaces(store, d.namespaces, d.events);
    scheduler.load(d.events);
    clock.setOffsetMs(d.clockOffsetMs);
    settings = { ...defaultSettings(), ...structuredClone(d.settings) };
    settings.delays = { ...baseDelays, ...settings.delays };
    copyFaults = structuredClone(d.copyFaults);
  };

  /**
   * All or nothing: the whole document is checked before anything is touched, and should loading still fail, the
   * previous state is put back. The restore point needs no copy: loading replaces the store's namespaces, the
   * event queue, settings and faults instead of changing the objects the snapshot holds.
   */
  const importState = (doc: unknown) => {
    checkState ??= createStateChecker(spec);
    const problem = checkState(doc);
    if (problem) {
      throw new Error(problem);
    }
    const previous = snapshot(false);
    try {
      load(doc as StateDocument);
    } catch (e) {
      load(previous);
      throw e;
    }
  };

  const persist = () => {
    if (options.stateFile) {
      writeFileAtomic(options.stateFile, JSON.stringify(snapshot(false)));
    }
  };

  const reset = () => {
    store.reset();
    scheduler.load([]);
    clock.setOffsetMs(0);
    settings = defaultSettings();
    copyFaults = [];
  };

  const checkTagList = createTagListCheck(spec);
  const builder = createBuilder({ context: (account, region) => context(account, region, clock.now()), runDue });
  const loaded = options.stateFile ? loadStateFile(options.stateFile, importState) : false;
  if (options.seed !== undefined && !loaded) {
    applySeed(options.seed, { builder, checkTagList, importState });
  }
  if (options.stateFile) {
    // Written once now, so that a file that cannot be written fails the start instead of every later change.
    try {
      persist();
    } catch (e) {
      throw new StateFileError(options.stateFile, `cannot be written: ${osReason(e)}`);
    }
  }

  const aws = createAwsApp({
    auth: { signingName: cloudHsmV2.signingName, ...(options.strict ? { strict: options.strict } : {}) },
    maxBodyBytes: UNDOC.maxBodyBytes,
    validate,
    legacyClusterIdCopy: () => settings.legacyClusterIdCopy,
    runDue,
    context: (identity: Identity) => context(identity.account, identity.region, clock.now(), identity.regions),
    committed: persist,
    log,
  });

  const control = createControlRoutes({
    clock,
    store,
    runDue,
    context: (account, region) => context(account, region, clock.now()),
    settings: () => settings,
    setSettings: (s) => {
      settings = s;
    },
    addCopyFault: (f) => copyFaults.push(f),
    exportState,
    importState,
    reset,
    builder,
    checkTagList,
    committed: persist,
    log,
  });

  return {
    fetch: withCors(
      (request) => (isControlPath(new URL(request.url).pathname) ? control(request) : aws(request)),
      cors,
    ),
    clock,
    runDue: () => {
      const ran = runDue();
      if (ran) {
        persist();
      }
      return ran;
    },
    settings: () => settings,
    exportState,
    importState,
    reset,
  };
}
