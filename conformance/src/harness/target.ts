import { type CloudHsmV2Client, createCloudHsmV2Client } from "@cloudhsm-kit/client";
import type { ControlClient, ControlInfo, ControlSettings } from "@cloudhsm-kit/spec/control";
import type { Recorder } from "../recordings/record.js";
import type { Capability } from "../registry/capability.js";
import type { Cleanups } from "./cleanups.js";
import type { Discovered } from "./discovery.js";
import { observingFetch, type SchemaViolation } from "./observe.js";
import { type Partition, partitionOf } from "./regions.js";
import type { BackupResources, Credentials, RegionPlan, Timing } from "./target-types.js";

/** Everything a run knows about its target, shared by all checks of the run. */
export interface Target {
  /** The endpoint every region is sent to (emulators); undefined means AWS's own endpoint per region. */
  endpoint: string | undefined;
  regions: RegionPlan;
  runId: string;
  timing: Timing;
  control: ControlClient | undefined;
  controlInfo: ControlInfo | undefined;
  /** Delays the suite set through the control protocol (seconds of emulated time). */
  delays: ControlSettings["delays"] | undefined;
  capabilities: ReadonlySet<Capability>;
  /** Why each missing capability is missing, for skip reasons. */
  missing: ReadonlyMap<Capability, string>;
  credentialsFor(partition: Partition): () => Promise<Credentials>;
  secondAccount: Credentials | undefined;
  secondAccountId: string | undefined;
  readyBackups: Readonly<Record<string, string>>;
  maxAttempts: number;
  /** Inputs for creating clusters (only used where the target can be billed or is an emulator). */
  cluster: { subnetIds: string[]; hsmType: string };
  /** Real resources for AWS Backup (configured for AWS; emulators take invented ARNs). */
  backup: BackupResources;
  /**
   * Every reply of the run that did not match the spec, with the check that received it: the SCHEMA checks report
   * them once per operation, and the check that saw one shows it as evidence.
   */
  violations: SchemaViolation[];
  /** Fixtures that could not be made in this run, with the evidence: later checks needing them are blocked at once. */
  blocked: Map<string, string>;
  /** What the target already had before the run (no control protocol): backups and clusters per region. */
  discovered: Discovered;
  /** Fixtures shared by the checks of a run (one cluster per region), and what undoes them at the end. */
  shared: Map<string, unknown>;
  runCleanups: Cleanups;
  /** With --record: keeps every CloudHSM reply, written as golden recordings when the run ends. */
  recorder: Recorder | undefined;
}

/**
 * Makes a typed client for one region whose every reply is validated against the spec into `sink`; `inner` is what
 * it sends through (a check's capturing fetch; by default the recorder, else the network).
 */
export function clientFor(
  target: Target,
  region: string,
  sink: (v: SchemaViolation) => void,
  credentials?: Credentials,
  inner: typeof fetch | undefined = target.recorder?.fetch,
): CloudHsmV2Client {
  return createCloudHsmV2Client({
    region,
    ...(target.endpoint ? { endpoint: target.endpoint } : {}),
    credentials: credentials ?? target.credentialsFor(partitionOf(region)),
    fetch: observingFetch(sink, inner),
    maxAttempts: target.maxAttempts,
    timeoutMs: 30_000,
  });
}
