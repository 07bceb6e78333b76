/** The typed control client, `@cloudhsm-kit/spec/control`'s (it drives any emulator that serves the protocol). */
export {
  ControlApiError,
  type ControlClient,
  type ControlInfo,
  createControlClient,
  type ReadyBackupRequest as ReadyBackupInput,
} from "@cloudhsm-kit/spec/control";
export { type CorsOriginsOption, DEFAULT_CORS_ORIGINS } from "./cors/origins.js";
export type { CopyFault, Delays, Settings } from "./domain/context.js";
export type { Backup, Cluster, DestinationBackup, Hsm, Tag } from "./domain/types.js";
export { UNDOC } from "./domain/undocumented.js";
export { createEmulator, type Emulator, type EmulatorOptions } from "./emulator.js";
export { type RunningEmulator, type StartOptions, startEmulator } from "./node/server.js";
export { OptionError } from "./options/option-error.js";
export type { StateDocument } from "./persistence/state.js";
export { StateFileError } from "./persistence/state-file.js";
export type { StrictKey } from "./protocol/auth.js";
export type { SeedOption } from "./seed/apply-seed.js";
export type { SeedClusters, SeedDocument, SeedReadyBackups } from "./seed/seed-document.js";
export { DEFAULT_TIMING_PROFILE, TIMING_PROFILES, type TimingProfileName } from "./timings/profiles.js";
export type { TimingsDocument, TimingsOption } from "./timings/timings-option.js";
