export {
  ControlApiError,
  type ControlClient,
  type ControlClientOptions,
  createControlClient,
} from "./control-client.js";
export { CONTROL_PREFIX } from "./prefix.js";
export { probeControl } from "./probe.js";
export type {
  ActivateResponse,
  BackupCopyFaultRequest,
  BackupCopyFaultResponse,
  BackupDashboard,
  CloudHsmDashboard,
  ControlCapability,
  ControlDelays,
  ControlErrorBody,
  ControlErrorName,
  ControlInfo,
  ControlOperationId,
  ControlSettings,
  ControlSettingsPatch,
  ControlStateDocument,
  CopyFaultRequest,
  Dashboard,
  LineageNode,
  PromoteShareResponse,
  ReadyBackupRequest,
  ReadyBackupResponse,
  RunBackupPlanRequest,
  RunBackupPlanResponse,
  TimelineEntry,
} from "./types.js";
