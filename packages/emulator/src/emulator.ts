import { cloudHsmV2 } from "@cloudhsm-kit/spec";
import { loadServiceDocument } from "@cloudhsm-kit/spec/validation";
import { createAwsApp } from "./app.js";
import { CONTROL_MAX_BODY_BYTES } from "./control/inputs.js";
import { createControlRoutes } from "./control/routes.js";
import { withCors } from "./cors/cors.js";
import { corsPolicy } from "./cors/origins.js";
import { createValidator } from "./dispatch/validate.js";
import type { CopyFault, DomainContext, Settings } from "./domain/context.js";
import { applyEvent } from "./domain/events.js";
import { createIdGenerator } from "./domain/ids.js";
import { UNDOC } from "./domain/undocumented.js";
import type { EmulatorOptions } from "./options/emulator-options.js";
import { loadStateFile } from "./persistence/load-state-file.js";
import {
  exportNamespaces,
  importNamespaces,
  STATE_FORMAT,
  STATE_VERSION,
  type StateDocument,
} from "./persistence/state.js";
import { createStateChecker } from "./persistence/state-check.js";
import { osReason, StateFileError, writeFileAtomic } from "./persistence/state-file.js";
import type { Identity } from "./protocol/auth.js";
import { applySeed } from "./seed/apply-seed.js";
import { createBuilder } from "./seed/build.js";
import { createTagListCheck } from "./seed/tag-check.js";
import { createStore } from "./store/store.js";
import { type Clock, createClock } from "./time/clock.js";
import { createScheduler } from "./time/scheduler.js";
import { startDelays } from "./timings/timings-option.js";

export type { EmulatorOptions } from "./options/emulator-options.js";

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
