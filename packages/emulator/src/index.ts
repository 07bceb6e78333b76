export { ControlApiError, type ControlClient, type ControlInfo, createControlClient } from "./control/client.js";
export type { CopyFault, Delays, Settings } from "./domain/context.js";
export type { Backup, Cluster, DestinationBackup, Hsm, Tag } from "./domain/types.js";
export { UNDOC } from "./domain/undocumented.js";
export { createEmulator, type Emulator, type EmulatorOptions } from "./emulator.js";
export { type RunningEmulator, type StartOptions, startEmulator } from "./node/server.js";
export type { StateDocument } from "./persistence/state.js";
export { StateFileError } from "./persistence/state-file.js";
export type { StrictKey } from "./protocol/auth.js";
