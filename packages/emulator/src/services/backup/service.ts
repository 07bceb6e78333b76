import { randomUUID } from "node:crypto";
import { backup } from "@cloudhsm-kit/spec";
import type { OpenApiDocument } from "@cloudhsm-kit/spec/validation";
import type { IdGenerator } from "../../core/ids.js";
import { servedRegionsOf } from "../../core/partitions.js";
import { restJsonProtocol } from "../../core/protocol/rest-json/rest-json.js";
import { restOperationsOf, restRequestSchemas } from "../../core/rest-operations.js";
import type { ServiceDefinition } from "../../core/service.js";
import type { Clock } from "../../core/time/clock.js";
import type { Scheduler } from "../../core/time/scheduler.js";
import { createValidator } from "../../core/validation/validate-input.js";
import { backupControl } from "./control/routes.js";
import { backupDashboard } from "./dashboard.js";
import { type BackupContext, here, type MissingVaultError } from "./domain/context.js";
import { type BackupDelays, DEFAULT_BACKUP_DELAYS } from "./domain/delays.js";
import { BackupError, invalidParameter, missingParameter } from "./domain/errors.js";
import { applyEvent, EVENT_KINDS } from "./domain/events.js";
import { runPlanNow } from "./domain/plan-runs.js";
import { planOf } from "./domain/plans.js";
import { OPERATIONS, READ_ONLY_OPERATIONS, type ServedOperation } from "./operations.js";
import { createStateSection } from "./state/state-section.js";
import { createBackupStore } from "./store/region-store.js";

/** What the emulator gives AWS Backup: the shared scheduler and IDs, its OpenAPI document, and job delays. */
export interface BackupEnv {
  clock: Clock;
  scheduler: Scheduler;
  ids: IdGenerator;
  spec: OpenApiDocument;
  delays?: Partial<BackupDelays>;
  missingVault?: MissingVaultError;
  /** AWS Backup as the seed page describes it (EmulatorOptions.legacyBackupSeed). */
  legacyBackupSeed?: boolean;
}

/**
 * AWS Backup (restJson1) as a service of the emulator: stores per account × region, the operations it serves, job
 * transitions on the core scheduler, its state section and its control route (copy faults).
 */
export function createBackupService(env: BackupEnv) {
  const { clock, scheduler, ids, spec } = env;
  const store = createBackupStore();
  const delays: BackupDelays = { ...DEFAULT_BACKUP_DELAYS, ...env.delays };
  let copyFaults: string[] = [];
  const { partitionOf, isServedRegion } = servedRegionsOf(backup);
  const descriptors = Object.values(backup.operations);
  const schemas = restRequestSchemas(spec, descriptors);
  // UNDOC: AWS Backup's answer to a constraint violation is unrecorded; the model has no ValidationException. Its
  // errors' descriptions are followed: a value that breaks a constraint is InvalidParameterValueException ("something
  // is wrong with a parameter's value"), a missing required member MissingParameterValueException ("a required
  // parameter is missing") where the operation models it.
  const validate = createValidator(
    { ...spec, components: { ...spec.components, schemas } },
    invalidParameter,
    (message, operation) =>
      backup.operations[operation as keyof typeof backup.operations]?.errors.some(
        (e) => e.name === "MissingParameterValueException",
      )
        ? missingParameter(message)
        : invalidParameter(message),
  );

  const context = (account: string, region: string, now: number): BackupContext => ({
    store,
    account,
    region,
    partition: partitionOf(region) ?? "aws",
    now,
    uuid: randomUUID,
    hex: ids.hex,
    delays,
    missingVault: env.missingVault ?? "ResourceNotFoundException",
    legacyBackupSeed: env.legacyBackupSeed ?? false,
    takeCopyFault: () => copyFaults.shift(),
    schedule: (e) => scheduler.schedule({ account, region, ...e }),
    scheduleIn: (a, r, e) => scheduler.schedule({ account: a, region: r, ...e }),
  });

  return {
    id: backup.id,
    signingName: backup.signingName,
    protocol: restJsonProtocol(),
    wire: {
      title: "AWS Backup",
      operations: new Set(Object.keys(OPERATIONS)),
      rest: restOperationsOf(spec, descriptors),
    },
    isServedRegion,
    isReadOnly: (operation) => READ_ONLY_OPERATIONS.has(operation),
    invoke(operation, input, caller) {
      if (caller.regions && !caller.regions.includes(caller.region)) {
        throw new BackupError("InvalidRequestException", `The access key may not act in Region ${caller.region}.`);
      }
      validate(operation, input);
      const handler = OPERATIONS[operation as ServedOperation] as (input: unknown, ctx: BackupContext) => unknown;
      return handler(input, context(caller.account, caller.region, caller.now));
    },
    asServiceError: (error) => (error instanceof BackupError ? error : undefined),
    internalFailure: (message) => new BackupError("ServiceUnavailableException", message),
    events: {
      kinds: EVENT_KINDS,
      apply: (event) => applyEvent(context(event.account, event.region, event.at), event.kind, event.id),
    },
    state: createStateSection({
      store,
      copyFaults: () => copyFaults,
      setCopyFaults: (faults) => {
        copyFaults = faults;
      },
    }),
    control: backupControl({
      addCopyFault: (message) => copyFaults.push(message),
      runPlan: (account, region, planId) => {
        const ctx = context(account, region, clock.now());
        return runPlanNow(ctx, planOf(here(ctx), planId));
      },
    }),
    dashboard: backupDashboard({ store, pendingCopyFaults: () => copyFaults.length }),
  } satisfies ServiceDefinition;
}
