import type { components as CloudHsmV2 } from "../generated/cloudhsmv2/schema.js";
import type { components, operations } from "../generated/control/schema.js";

/**
 * The control protocol's types, from the types openapi-typescript generates from spec/control/control-api.yaml, with
 * two things the generated types cannot say: the settings' delays are all present (the document requires them with
 * `allOf`), and the members the document leaves opaque as "the AWS `Backup` (`Cluster`) shape" have the CloudHSM v2
 * document's types.
 */
type Schemas = components["schemas"];
type Backup = CloudHsmV2["schemas"]["Backup"];
type Cluster = CloudHsmV2["schemas"]["Cluster"];

export type ControlOperationId = keyof operations;
export type ControlInfo = Schemas["Info"];
export type ControlCapability = ControlInfo["capabilities"][number];
export type ControlErrorBody = Schemas["ControlError"];
export type ControlErrorName = ControlErrorBody["__type"];

export type ControlDelays = Required<Schemas["Delays"]>;
export type ControlSettings = Omit<Schemas["Settings"], "delays"> & { delays: ControlDelays };
export type ControlSettingsPatch = Schemas["SettingsPatch"];

export type CopyFaultRequest = Schemas["CopyFaultRequest"];
export type ReadyBackupRequest = Schemas["ReadyBackupRequest"];
export type PromoteShareResponse = Schemas["PromoteShareResponse"];
export type BackupCopyFaultRequest = Schemas["BackupCopyFaultRequest"];
export type BackupCopyFaultResponse = Schemas["BackupCopyFaultResponse"];
export type RunBackupPlanRequest = Schemas["RunBackupPlanRequest"];
export type RunBackupPlanResponse = Schemas["RunBackupPlanResponse"];

/** The dashboard document (GetDashboard) and its parts. */
export type Dashboard = Schemas["Dashboard"];
export type CloudHsmDashboard = Schemas["CloudHsmDashboard"];
export type BackupDashboard = Schemas["BackupDashboard"];
export type LineageNode = Schemas["LineageNode"];
export type TimelineEntry = Schemas["TimelineEntry"];

export interface ActivateResponse {
  Cluster: Cluster;
  Backup: Backup;
}

export interface ReadyBackupResponse {
  Backup: Backup;
  Cluster: Cluster;
}

/** A state document: opaque beyond `format`, `version`, the clock and the settings, as the document says. */
export type ControlStateDocument = Omit<
  Schemas["StateDocument"],
  "settings" | "copyFaults" | "events" | "namespaces"
> & {
  settings: ControlSettings;
  copyFaults: object[];
  events: object[];
  namespaces: object[];
};
