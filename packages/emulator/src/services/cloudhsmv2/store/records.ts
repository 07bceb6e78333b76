/**
 * Records in wire shape (PascalCase, exactly the members of AWS's `Backup`, `Cluster`, `Hsm` and `Tag` shapes, see
 * cloudhsmv2-api.md §3.1), so serialization needs no mapping. Timestamps are epoch seconds, as on the wire.
 * `test/spec-types.test.ts` checks these against the spec's generated types.
 */
export interface Tag {
  Key: string;
  Value: string;
}

export const BACKUP_STATES = ["CREATE_IN_PROGRESS", "READY", "DELETED", "PENDING_DELETION"] as const;
export type BackupState = (typeof BACKUP_STATES)[number];

export interface Backup {
  BackupId: string;
  BackupArn: string;
  BackupState: BackupState;
  ClusterId?: string;
  CreateTimestamp: number;
  CopyTimestamp?: number;
  NeverExpires: boolean;
  SourceRegion?: string;
  SourceBackup?: string;
  SourceCluster?: string;
  DeleteTimestamp?: number;
  TagList: Tag[];
  HsmType?: string;
  Mode?: ClusterMode;
}

export type ClusterMode = "FIPS" | "NON_FIPS";

export const CLUSTER_STATES = [
  "CREATE_IN_PROGRESS",
  "UNINITIALIZED",
  "INITIALIZE_IN_PROGRESS",
  "INITIALIZED",
  "ACTIVE",
  "UPDATE_IN_PROGRESS",
  "MODIFY_IN_PROGRESS",
  "ROLLBACK_IN_PROGRESS",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DEGRADED",
] as const;
export type ClusterState = (typeof CLUSTER_STATES)[number];

export type HsmState = "CREATE_IN_PROGRESS" | "ACTIVE" | "DEGRADED" | "DELETE_IN_PROGRESS" | "DELETED";

export interface Hsm {
  AvailabilityZone: string;
  ClusterId: string;
  SubnetId: string;
  EniId: string;
  EniIp: string;
  HsmId: string;
  HsmType: string;
  State: HsmState;
  StateMessage?: string;
}

export interface BackupRetentionPolicy {
  Type: "DAYS";
  Value: string;
}

export interface Certificates {
  ClusterCsr?: string;
  HsmCertificate?: string;
  AwsHardwareCertificate?: string;
  ManufacturerHardwareCertificate?: string;
  ClusterCertificate?: string;
}

export interface Cluster {
  BackupPolicy: "DEFAULT";
  BackupRetentionPolicy: BackupRetentionPolicy;
  ClusterId: string;
  CreateTimestamp: number;
  Hsms: Hsm[];
  HsmType: string;
  SecurityGroup: string;
  SourceBackupId?: string;
  State: ClusterState;
  StateMessage?: string;
  SubnetMapping: Record<string, string>;
  VpcId: string;
  NetworkType: "IPV4" | "DUALSTACK";
  Certificates: Certificates;
  TagList: Tag[];
  Mode: ClusterMode;
}

export interface DestinationBackup {
  CreateTimestamp: number;
  SourceRegion: string;
  SourceBackup: string;
  SourceCluster?: string;
}
