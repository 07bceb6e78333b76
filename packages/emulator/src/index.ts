/** The typed control client, `@cloudhsm-kit/spec/control`'s (it drives any emulator that serves the protocol). */
export {
  ControlApiError,
  type ControlClient,
  type ControlInfo,
  createControlClient,
  type ReadyBackupRequest as ReadyBackupInput,
} from "@cloudhsm-kit/spec/control";
export { type CorsOriginsOption, DEFAULT_CORS_ORIGINS } from "./core/cors/origins.js";
export type { MaybePromise } from "./core/maybe-promise.js";
export { OptionError } from "./core/options/option-error.js";
export { StateFileError } from "./core/persistence/state-file.js";
export { BodyChunks, type KeptJson } from "./core/protocol/body-chunks.js";
export type { EmulatorRequest, EmulatorResponse, RequestHeaders, ResponseBody } from "./core/protocol/message.js";
export { headersOf } from "./core/protocol/message.js";
export type { StrictKey } from "./core/protocol/sigv4.js";
export { createEmulator, type Emulator, type EmulatorOptions } from "./emulator.js";
export { type RunningEmulator, type StartOptions, startEmulator } from "./node/server.js";
export type { CopyFault, Delays, Settings } from "./services/cloudhsmv2/domain/context.js";
export type { SeedOption } from "./services/cloudhsmv2/seed/apply-seed.js";
export type { SeedClusters, SeedDocument, SeedReadyBackups } from "./services/cloudhsmv2/seed/seed-document.js";
export type { StateDocument } from "./services/cloudhsmv2/state/state-members.js";
export type { Backup, Cluster, DestinationBackup, Hsm, Tag } from "./services/cloudhsmv2/store/records.js";
export {
  DEFAULT_TIMING_PROFILE,
  TIMING_PROFILES,
  type TimingProfileName,
} from "./services/cloudhsmv2/timings/profiles.js";
export type { TimingsDocument, TimingsOption } from "./services/cloudhsmv2/timings/timings-option.js";
export { UNDOC } from "./services/cloudhsmv2/undocumented.js";
