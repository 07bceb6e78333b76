import type { OpenApiDocument } from "@cloudhsm-kit/spec/validation";
import type { CorsOriginsOption } from "./core/cors/origins.js";
import type { StrictKey } from "./core/protocol/sigv4.js";
import type { BackupDelays } from "./services/backup/domain/delays.js";
import type { Delays } from "./services/cloudhsmv2/domain/context.js";
import type { SeedOption } from "./services/cloudhsmv2/seed/apply-seed.js";
import type { TimingsOption } from "./services/cloudhsmv2/timings/timings-option.js";

/** Options of createEmulator (and startEmulator, with host and port). Each is checked at start: a value the emulator
 * cannot use throws OptionError (or StateFileError for `stateFile`), naming the member and what was expected. */
export interface EmulatorOptions {
  /** Accept the legacy `ClusterId` member of CopyBackupToRegion (default false, like AWS's model). */
  legacyClusterIdCopy?: boolean;
  /** How long transitions take: a profile — `"fast"` (the default: 1 to 3 s each) or `"aws"` (AWS's durations) —,
   * the path of a timings file, or `{ profile?, delays? }` (src/services/cloudhsmv2/timings/profiles.ts, timings-option.ts). */
  timings?: TimingsOption;
  /** Seconds of emulated time per transition, over the timings. */
  delays?: Partial<Delays>;
  /** AWS Backup: seconds of emulated time a job waits before it runs, and a backup or a copy runs
   * (src/services/backup/domain/delays.ts; default 1, 60 and 60). */
  backupDelays?: Partial<BackupDelays>;
  /** AWS Backup: the error of a missing vault — the modelled `"ResourceNotFoundException"` (default) or
   * `"AccessDeniedException"` (403), what AWS is observed to answer (aws-backup-copy.md B18). */
  backupMissingVault?: "ResourceNotFoundException" | "AccessDeniedException";
  /** AWS Backup as the seed page (an earlier "Creating backup copies across AWS Regions") describes it, for checking
   * the conformance suite's legacy checks (default false, like AWS today): no cross-Region copy of DynamoDB, of
   * RDS/Aurora into another Region and account at once, or from or to Hong Kong, Bahrain, Milan and Cape Town; cold
   * storage for EFS only (src/services/backup/domain/copy-rules.ts, resource-types.ts). */
  legacyBackupSeed?: boolean;
  /** Clusters and backups to start with: the path of a JSON file, or a declarative seed or state document
   * (src/services/cloudhsmv2/seed/seed-document.ts). Applied at start only, and only when no state file was loaded. */
  seed?: SeedOption;
  /** Browser origins allowed by CORS: `"*"`, or origins and `"loopback"` (the default: any port of localhost,
   * 127.0.0.1 and [::1]). */
  corsOrigins?: CorsOriginsOption;
  /** Persist the state to this file after every acknowledged change; load it at start when it exists. The file is
   * written once at start: StateFileError when it cannot be read, loaded or written. */
  stateFile?: string;
  /** Verify SigV4 signatures against these key pairs (default: any well-formed signature is accepted). */
  strict?: { keys: StrictKey[] };
  /** Emulated time at start, epoch seconds (default: real time). */
  startTime?: number;
  /** Source of real time in ms (tests). */
  realTimeMs?: () => number;
  /** Where internal failures are logged (default: stderr). */
  log?: (message: string) => void;
  /** The OpenAPI document to validate against (default: the CloudHSM v2 bundle of `@cloudhsm-kit/spec`). */
  spec?: OpenApiDocument;
  /** Called after a whole state was taken in (a state file, `seed`, `PUT /_emulator/v1/state`). */
  onStateImported?: () => void;
}
