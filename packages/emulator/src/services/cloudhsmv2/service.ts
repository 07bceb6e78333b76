import { cloudHsmV2, OPERATION_NAMES, type OperationName } from "@cloudhsm-kit/spec";
import type { OpenApiDocument } from "@cloudhsm-kit/spec/validation";
import type { IdGenerator } from "../../core/ids.js";
import { awsJsonProtocol } from "../../core/protocol/aws-json/aws-json.js";
import type { ServiceDefinition } from "../../core/service.js";
import type { Clock } from "../../core/time/clock.js";
import type { Scheduler } from "../../core/time/scheduler.js";
import { createValidator } from "../../core/validation/validate-input.js";
import { cloudHsmControl } from "./control/routes.js";
import { cloudHsmDashboard } from "./dashboard.js";
import type { CopyFault, Delays, DomainContext, Settings } from "./domain/context.js";
import { CloudHsmInternalFailureException, CloudHsmV2Error } from "./domain/errors.js";
import { applyEvent, EVENT_KINDS } from "./domain/events.js";
import { isServedRegion } from "./domain/partitions.js";
import { UNDOC_ERRORS } from "./domain/undocumented-errors.js";
import { exemptRequired, type Handler, OPERATIONS, READ_ONLY_OPERATIONS } from "./operations.js";
import { createBuilder } from "./seed/build.js";
import { createTagListCheck } from "./seed/tag-check.js";
import { createStateSection } from "./state/state-section.js";
import { createStore } from "./store/region-store.js";

/** What the emulator gives the service: the shared clock, scheduler and IDs, the spec, and the start-up settings. */
export interface CloudHsmEnv {
  clock: Clock;
  scheduler: Scheduler;
  ids: IdGenerator;
  spec: OpenApiDocument;
  delays: Delays;
  legacyClusterIdCopy: boolean;
  /** Runs every due transition of the emulator (the fixture builder applies what it made due). */
  runDue(): boolean;
}

export type CloudHsmV2Service = ReturnType<typeof createCloudHsmV2Service>;

/** CloudHSM v2 as a service of the emulator: its store per account and region, settings, faults and operations. */
export function createCloudHsmV2Service(env: CloudHsmEnv) {
  const { clock, scheduler, ids, spec } = env;
  const store = createStore();
  const defaultSettings = (): Settings => ({ delays: { ...env.delays }, legacyClusterIdCopy: env.legacyClusterIdCopy });
  let settings = defaultSettings();
  let copyFaults: CopyFault[] = [];
  const validate = createValidator(spec, UNDOC_ERRORS.validation);

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
  const contextNow = (account: string, region: string) => context(account, region, clock.now());
  const builder = createBuilder({ context: contextNow, runDue: env.runDue });
  const checkTagList = createTagListCheck(spec);

  const service = {
    id: cloudHsmV2.id,
    signingName: cloudHsmV2.signingName,
    protocol: awsJsonProtocol(),
    wire: { title: "CloudHSM v2", targetPrefix: cloudHsmV2.targetPrefix, operations: new Set<string>(OPERATION_NAMES) },
    isServedRegion,
    isReadOnly: (operation) => READ_ONLY_OPERATIONS.has(operation),
    invoke(operation, input, caller) {
      if (caller.regions && !caller.regions.includes(caller.region)) {
        throw UNDOC_ERRORS.regionDenied(`The access key may not act in region ${caller.region}.`);
      }
      const ctx = context(caller.account, caller.region, caller.now, caller.regions);
      validate(operation, input, exemptRequired(operation, input, ctx));
      const handler = OPERATIONS[operation as OperationName] as Handler<OperationName>;
      return handler(input as never, ctx);
    },
    asServiceError: (error) => (error instanceof CloudHsmV2Error ? error : undefined),
    internalFailure: (message) => new CloudHsmInternalFailureException(message),
    events: { kinds: EVENT_KINDS, apply: (event) => applyEvent(context(event.account, event.region, event.at), event) },
    state: createStateSection({
      store,
      spec,
      settings: () => ({ settings, copyFaults }),
      load: (s) => {
        settings = { ...defaultSettings(), ...structuredClone(s.settings) };
        settings.delays = { ...env.delays, ...settings.delays };
        copyFaults = structuredClone(s.copyFaults);
      },
      reset: () => {
        settings = defaultSettings();
        copyFaults = [];
      },
    }),
    control: cloudHsmControl({
      store,
      context: contextNow,
      settings: () => settings,
      setSettings: (s) => {
        settings = s;
      },
      addCopyFault: (f) => copyFaults.push(f),
      builder,
      checkTagList,
    }),
    dashboard: cloudHsmDashboard({ store, pendingCopyFaults: () => copyFaults.length }),
  } satisfies ServiceDefinition;
  return { ...service, settings: () => settings, builder, checkTagList };
}
