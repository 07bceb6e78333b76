import { randomBytes } from "node:crypto";
import { type ControlSettings, createControlClient, probeControl } from "@cloudhsm-kit/spec/control";
import { Cleanups } from "../harness/cleanups.js";
import { discover, NOTHING_DISCOVERED } from "../harness/discovery.js";
import { networkFetch } from "../harness/network.js";
import type { SchemaViolation } from "../harness/observe.js";
import { partitionOf, WELL_KNOWN } from "../harness/regions.js";
import { clientFor, type Target } from "../harness/target.js";
import {
  AWS_TIMING,
  type Credentials,
  EMULATOR_TIMING,
  type RegionPlan,
  type Timing,
} from "../harness/target-types.js";
import { createRecorder } from "../recordings/record.js";
import { decideCapabilities } from "./capabilities.js";
import type { ProbedTarget, RunOptions } from "./options.js";

/** Delays (seconds of emulated time) the suite sets through the control protocol, so that it knows how far to advance. */
export const SUITE_DELAYS: ControlSettings["delays"] = {
  backupCreate: 60,
  copy: 300,
  clusterCreate: 120,
  clusterInitialize: 60,
  clusterDelete: 60,
  hsmCreate: 120,
  hsmDelete: 60,
};

/** The second account the reference emulator recognises: a 12-digit access key id is the account id. */
export const EMULATOR_SECOND_ACCOUNT = "111122223333";
const DUMMY: Credentials = { accessKeyId: "conformance", secretAccessKey: "conformance" };

export class TargetUnreachableError extends Error {
  override name = "TargetUnreachableError";
}

export function newRunId(): string {
  return `run-${new Date().toISOString().slice(0, 10).replaceAll("-", "")}-${randomBytes(3).toString("hex")}`;
}

/** Fails with TargetUnreachableError when nothing answers HTTP at `endpoint`. */
export async function assertReachable(endpoint: string): Promise<void> {
  try {
    await networkFetch(endpoint, { method: "POST", body: "{}", signal: AbortSignal.timeout(5_000) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new TargetUnreachableError(`cannot reach ${endpoint} (${cause}); is the emulator running?`);
  }
}

/** The default AWS credential chain (environment, shared config and SSO, instance roles), loaded on demand. */
export async function defaultChain(): Promise<() => Promise<Credentials>> {
  const { fromNodeProviderChain } = await import("@cloudhsm-kit/client/node");
  return fromNodeProviderChain() as () => Promise<Credentials>;
}

/**
 * The regions of a run: those configured, and for an endpoint (an emulator serves every region) a second standard
 * region, both GovCloud regions and a China region by default. AWS gets only what the config names.
 */
export function planRegions(options: Pick<RunOptions, "endpoint" | "regions">): RegionPlan {
  const primary = options.regions?.primary ?? "us-east-1";
  const regions: RegionPlan = { primary, ...stripUndefined(options.regions ?? {}) };
  if (options.endpoint) {
    regions.second ??= primary === "us-west-2" ? "us-east-1" : "us-west-2";
    regions.govEast ??= WELL_KNOWN.govEast;
    regions.govWest ??= WELL_KNOWN.govWest;
    regions.china ??= WELL_KNOWN.china;
  }
  return regions;
}

/**
 * Checks once that the endpoint answers, asks whether it offers the control protocol, and plans the regions: what
 * the CLI learns before a run and hands on in `RunOptions.probed`, so that preparing the target does not ask again.
 */
export async function probeTarget(options: Pick<RunOptions, "endpoint" | "regions">): Promise<ProbedTarget> {
  const endpoint = options.endpoint;
  if (endpoint) {
    await assertReachable(endpoint);
  }
  const control = endpoint ? await probeControl(endpoint) : undefined;
  return { ...(control ? { control } : {}), regions: planRegions(options) };
}

/**
 * Starts the reference emulator when `referenceEmulator` asks for it, probes the target (unless `options.probed` says
 * what an earlier probe found), sets the suite's delays when it offers the control protocol (else lists what the
 * target already has), and works out its capabilities.
 */
export async function prepareTarget(given: RunOptions): Promise<Target> {
  const runCleanups = new Cleanups();
  try {
    const options = given.referenceEmulator ? await startReferenceEmulator(given, runCleanups) : given;
    return await prepareOn(options, runCleanups);
  } catch (error) {
    // What was set up before the failure (the emulator started, its delays changed) is undone.
    await runCleanups.run();
    throw error;
  }
}

async function prepareOn(options: RunOptions, runCleanups: Cleanups): Promise<Target> {
  const endpoint = options.endpoint;
  const { control: controlInfo, regions } = options.probed ?? (await probeTarget(options));
  const control =
    controlInfo && endpoint ? createControlClient(endpoint, { timeoutMs: 10_000, fetch: networkFetch }) : undefined;
  const recorder = options.recordDir
    ? createRecorder({ dir: options.recordDir, target: options.targetName ?? (endpoint ? "endpoint" : "aws") })
    : undefined;
  if (recorder) {
    // Registered before any check's cleanup, so that it runs after them: the recordings include the cleanups' calls.
    runCleanups.push("write the recordings", () => recorder.flush());
  }
  let delays: ControlSettings["delays"] | undefined;
  let legacy = options.legacyClusterIdCopy === true;
  if (control) {
    const original = await control.getSettings();
    legacy = original.legacyClusterIdCopy;
    delays = (await control.putSettings({ delays: SUITE_DELAYS })).delays;
    runCleanups.push("restore the emulator's delays", () => control.putSettings({ delays: original.delays }));
  }
  const readyBackups = options.readyBackups ?? {};
  const base: () => Promise<Credentials> = options.credentials
    ? async () => options.credentials as Credentials
    : endpoint
      ? async () => DUMMY
      : await defaultChain();
  const partitionCreds = options.partitionCredentials ?? {};
  const credentialsFor = (partition: string) => {
    const specific = partitionCreds[partition as keyof typeof partitionCreds];
    return specific ? async () => specific : base;
  };
  const secondAccount =
    options.secondAccount ??
    (control
      ? {
          accountId: EMULATOR_SECOND_ACCOUNT,
          credentials: { accessKeyId: EMULATOR_SECOND_ACCOUNT, secretAccessKey: "conformance" },
        }
      : undefined);

  const defaultTiming: Timing = control
    ? EMULATOR_TIMING
    : endpoint
      ? { pollIntervalMs: 250, transitionTimeoutMs: 60_000 }
      : AWS_TIMING;
  const target: Target = {
    endpoint,
    regions,
    runId: options.runId ?? newRunId(),
    timing: { ...defaultTiming, ...stripUndefined(options.timing ?? {}) },
    control,
    controlInfo,
    delays,
    capabilities: new Set(),
    missing: new Map(),
    credentialsFor,
    secondAccount: secondAccount?.credentials,
    secondAccountId: secondAccount?.accountId,
    readyBackups,
    maxAttempts: options.maxAttempts ?? (endpoint ? 1 : 3),
    cluster: {
      subnetIds: options.cluster?.subnetIds ?? ["subnet-0123456789abcdef0"],
      hsmType: options.cluster?.hsmType ?? "hsm2m.medium",
    },
    backup: options.backup ?? {},
    violations: [],
    blocked: new Map(),
    discovered: NOTHING_DISCOVERED,
    shared: new Map(),
    runCleanups,
    recorder,
  };
  if (!control) {
    // Without the control protocol the suite works from what the target already has: list it once, up front.
    const callable = Object.values(regions).filter(
      (r): r is string =>
        !!r && (!!endpoint || partitionOf(r) === "aws" || !!partitionCreds[partitionOf(r) as "aws-cn"]),
    );
    const sink = (v: SchemaViolation) => target.violations.push({ ...v, checkId: "(discovery)" });
    target.discovered = await discover(callable, (region) => clientFor(target, region, sink));
  }
  const decided = decideCapabilities({
    control: !!control,
    endpoint: !!endpoint,
    regions,
    readyBackups,
    discovered: target.discovered,
    partitionCredentials: new Set(Object.keys(partitionCreds)),
    legacyClusterIdCopy: legacy,
    legacyBackupSeed: options.legacyBackupSeed === true,
    allowBillable: options.allowBillable === true,
    backupResource: !!options.backup?.resourceArn,
    backupDynamoDbTable: !!options.backup?.dynamoDbTableArn,
    secondAccount: !!secondAccount,
  });
  target.capabilities = decided.has;
  target.missing = decided.missing;
  return target;
}

/**
 * Starts the reference emulator in this thread, so that each request of the run goes to a server on the same event
 * loop: handing every request to another thread and back cost ~1 s of a default run. Its stop is the first cleanup
 * registered, so that it runs last.
 */
async function startReferenceEmulator(options: RunOptions, runCleanups: Cleanups): Promise<RunOptions> {
  const { startEmulator } = await import("@cloudhsm-kit/emulator");
  const emulator = await startEmulator({
    host: "127.0.0.1",
    port: 0,
    legacyClusterIdCopy: options.referenceEmulator?.legacyClusterIdCopy === true,
  });
  runCleanups.push("stop the reference emulator", () => emulator.close());
  // A probe of another endpoint says nothing of this one.
  const { probed: _other, ...rest } = options;
  return { ...rest, endpoint: emulator.url };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
