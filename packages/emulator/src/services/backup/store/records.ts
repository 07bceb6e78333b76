import type { BackupApi } from "@cloudhsm-kit/spec";

type S = BackupApi.components["schemas"];

/** Records are kept in wire shape (STYLE §5), with the model's member names; emulator bookkeeping sits beside them. */
export type Vault = Omit<S["DescribeBackupVaultOutput"], "NumberOfRecoveryPoints"> & {
  BackupVaultName: string;
  BackupVaultArn: string;
  CreationDate: number;
};

/** What a vault holds besides its description: its access policy and notification settings. */
export interface VaultExtras {
  policy?: string;
  notifications?: { SNSTopicArn: string; BackupVaultEvents: S["BackupVaultEvent"][] };
}

export type RecoveryPoint = S["DescribeRecoveryPointOutput"] & {
  RecoveryPointArn: string;
  BackupVaultName: string;
  ResourceArn: string;
  CreationDate: number;
};

export type BackupJob = S["BackupJob"] & {
  BackupJobId: string;
  ResourceArn: string;
  RecoveryPointArn: string;
  BackupVaultName: string;
  CreationDate: number;
  State: S["BackupJobState"];
};

export type CopyJob = S["CopyJob"] & {
  CopyJobId: string;
  ResourceArn: string;
  SourceRecoveryPointArn: string;
  SourceBackupVaultArn: string;
  DestinationBackupVaultArn: string;
  CreationDate: number;
  State: S["CopyJobState"];
};

/** A job's emulator-only facts: queued behind another job of its resource, a fault to fail with, its token. */
export interface JobExtras {
  waiting?: boolean;
  fault?: string;
  idempotencyToken?: string;
  /** StartBackupJob's lifecycle (the recovery point's, once made). */
  lifecycle?: S["Lifecycle"];
  /** A plan rule's backup job: the copy actions to start once it completes. */
  copyActions?: S["CopyAction"][];
}

/** A backup plan as GetBackupPlan returns it (the current version), with its selections kept beside it. */
export type Plan = S["GetBackupPlanOutput"] & {
  BackupPlanId: string;
  BackupPlanArn: string;
  VersionId: string;
  CreationDate: number;
  BackupPlan: S["BackupPlan"];
};

export type Selection = S["GetBackupSelectionOutput"] & {
  SelectionId: string;
  BackupPlanId: string;
  CreationDate: number;
  BackupSelection: S["BackupSelection"];
};

export type Tags = Record<string, string>;

export type RegionSettings = Required<Pick<S["DescribeRegionSettingsOutput"], "ResourceTypeManagementPreference">>;
