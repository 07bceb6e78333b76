import type { ControlInfo } from "@cloudhsm-kit/spec/control";
import type { BackupResources, Credentials, RegionPlan, Timing } from "../harness/target-types.js";
import type { Level } from "../registry/types.js";
import type { Expectations, Shard } from "./types.js";

/** Everything a run needs to know about its target; plain data (it crosses into vitest workers as JSON). */
export interface RunOptions {
  /** Names the target in reports and selects `expectations/<targetName>.json`. */
  targetName?: string;
  /** The endpoint for every region (an emulator); omitted means AWS's own endpoints. */
  endpoint?: string;
  /**
   * Start the reference emulator when the target is prepared, in the thread that runs the checks, and use it as the
   * endpoint (the CLI's default run). It stops after the run's last cleanup.
   */
  referenceEmulator?: { legacyClusterIdCopy?: boolean };
  regions?: Partial<RegionPlan>;
  /** Omitted: dummy keys for an endpoint, the default AWS credential chain for AWS. */
  credentials?: Credentials;
  /** Credentials for the GovCloud and China partitions (real AWS needs separate accounts there). */
  partitionCredentials?: { "aws-us-gov"?: Credentials; "aws-cn"?: Credentials };
  /** A second account for the sharing checks. */
  secondAccount?: { accountId: string; credentials: Credentials };
  /** Existing READY backups by region (real AWS: backups cannot be made on demand). */
  readyBackups?: Record<string, string>;
  /** Allow creating clusters (with HSMs on AWS): they cost money. */
  allowBillable?: boolean;
  /** For targets without the control protocol: whether the 2018–2023 ClusterId option is implemented. */
  legacyClusterIdCopy?: boolean;
  /** Whether the target implements AWS Backup as the seed page describes it (no cross-Region copy of DynamoDB). */
  legacyBackupSeed?: boolean;
  levels?: Level[];
  /** Check only these services (ids under src/services/); omitted: every service the suite knows. */
  services?: string[];
  groups?: string[];
  /** Run only these check ids. */
  checks?: string[];
  timing?: Partial<Timing>;
  runId?: string;
  expectations?: Expectations;
  maxAttempts?: number;
  cluster?: { subnetIds?: string[]; hsmType?: string };
  /** Real resources for the AWS Backup checks on AWS (emulators accept invented ARNs). */
  backup?: BackupResources;
  /** Run only the `index`-th of `count` deterministic parts of the selected checks (1-based); see `merge`. */
  shard?: Shard;
  /** Record every CloudHSM reply of the run, normalised, into this folder (golden recordings; see recordings/). */
  recordDir?: string;
  /** What the CLI's probe found (see `probeTarget`): given, the target is not probed again when it is prepared. */
  probed?: ProbedTarget;
}

/** What probing a target found: its control protocol's info (absent: none) and the regions the run uses. */
export interface ProbedTarget {
  control?: ControlInfo;
  regions: RegionPlan;
}
