import type { Backup, BackupRetentionPolicy, Cluster, ClusterMode, ClusterState, Tag } from "../store/records.js";
import { startClusterBackup } from "./backup-lifecycle.js";
import { CLUSTER_CHOICES } from "./cluster-choices.js";
import type { DomainContext } from "./context.js";
import { InvalidTransition, invalid, notFound } from "./errors.js";
import { resolveSourceBackup } from "./policies.js";
import { checkRetentionPolicy, DEFAULT_RETENTION, scheduleRetentionCheck } from "./retention.js";
import { normaliseTagList } from "./tags.js";
import { DAY_SECONDS, UNDOC_ERRORS } from "./undocumented-errors.js";

/**
 * Cluster state machine (observed-aws-behaviour.md §7.1): CreateCluster → CREATE_IN_PROGRESS → UNINITIALIZED (or
 * → ACTIVE when created from a backup); InitializeCluster → INITIALIZE_IN_PROGRESS → INITIALIZED; activation (done
 * with the CloudHSM CLI, here the control API) → ACTIVE; DeleteCluster → DELETE_IN_PROGRESS → DELETED.
 */
export const CLUSTER_TRANSITIONS: Partial<Record<ClusterState, readonly ClusterState[]>> = {
  CREATE_IN_PROGRESS: ["UNINITIALIZED", "ACTIVE"],
  UNINITIALIZED: ["INITIALIZE_IN_PROGRESS", "DELETE_IN_PROGRESS"],
  INITIALIZE_IN_PROGRESS: ["INITIALIZED"],
  INITIALIZED: ["ACTIVE", "DELETE_IN_PROGRESS"],
  ACTIVE: ["DELETE_IN_PROGRESS"],
  DEGRADED: ["DELETE_IN_PROGRESS"],
  DELETE_IN_PROGRESS: ["DELETED"],
  DELETED: [],
};

/** State messages as AWS shows them (initialize-cluster.md; observed §7.1 DeleteCluster recording). */
const STATE_MESSAGES: Partial<Record<ClusterState, string>> = {
  INITIALIZE_IN_PROGRESS: "Cluster is initializing. State will change to INITIALIZED upon completion.",
  DELETE_IN_PROGRESS: "The cluster is being deleted.",
};

export function transitionCluster(cluster: Cluster, to: ClusterState): void {
  if (!CLUSTER_TRANSITIONS[cluster.State]?.includes(to)) {
    throw new InvalidTransition(`cluster ${cluster.ClusterId}: ${cluster.State} → ${to}`);
  }
  cluster.State = to;
  const message = STATE_MESSAGES[to];
  if (message) {
    cluster.StateMessage = message;
  } else {
    delete cluster.StateMessage;
  }
}

export function ownCluster(ctx: DomainContext, clusterId: string): Cluster {
  const c = ctx.store.region(ctx.account, ctx.region).clusters.get(clusterId);
  if (!c) {
    throw notFound("Cluster", clusterId);
  }
  return c;
}

function requireClusterState(c: Cluster, allowed: readonly ClusterState[]): void {
  if (!allowed.includes(c.State)) {
    throw invalid(`Cluster ${c.ClusterId} is in state ${c.State}; the operation requires ${allowed.join(" or ")}.`);
  }
}

export interface CreateClusterInput {
  HsmType: string;
  SubnetIds: string[];
  SourceBackupId?: string;
  BackupRetentionPolicy?: { Type?: string; Value?: string };
  NetworkType?: "IPV4" | "DUALSTACK";
  TagList?: Tag[];
  Mode?: ClusterMode;
}

export function createCluster(ctx: DomainContext, input: CreateClusterInput): Cluster {
  if (!CLUSTER_CHOICES.supportedHsmTypes.includes(input.HsmType)) {
    // observed §1: "CloudHsmInvalidRequestException: Provided HsmType is not supported."
    throw invalid("Provided HsmType is not supported.");
  }
  let source: Backup | undefined;
  if (input.SourceBackupId !== undefined) {
    source = resolveSourceBackup(ctx, input.SourceBackupId);
    if (source.BackupState !== "READY") {
      throw invalid(`Backup ${source.BackupId} is in state ${source.BackupState}; a cluster needs a READY backup.`);
    }
  }
  const retention: BackupRetentionPolicy = input.BackupRetentionPolicy
    ? checkRetentionPolicy(input.BackupRetentionPolicy)
    : { ...DEFAULT_RETENTION };
  const subnets = [...new Set(input.SubnetIds)];
  if (subnets.length > CLUSTER_CHOICES.availabilityZoneLetters.length) {
    throw invalid(`At most ${CLUSTER_CHOICES.availabilityZoneLetters.length} subnets are supported.`);
  }
  const SubnetMapping: Record<string, string> = {};
  subnets.forEach((subnet, i) => {
    SubnetMapping[`${ctx.region}${CLUSTER_CHOICES.availabilityZoneLetters[i]}`] = subnet;
  });
  const clusters = ctx.store.region(ctx.account, ctx.region).clusters;
  let ClusterId = ctx.ids.id("cluster");
  while (clusters.has(ClusterId)) {
    ClusterId = ctx.ids.id("cluster");
  }
  const cluster: Cluster = {
    BackupPolicy: "DEFAULT",
    BackupRetentionPolicy: retention,
    ClusterId,
    CreateTimestamp: ctx.now,
    Hsms: [],
    HsmType: input.HsmType,
    SecurityGroup: `sg-${ctx.ids.hex(17)}`,
    ...(source ? { SourceBackupId: source.BackupId } : {}),
    State: "CREATE_IN_PROGRESS",
    SubnetMapping,
    VpcId: `vpc-${ctx.ids.hex(17)}`,
    NetworkType: input.NetworkType ?? "IPV4",
    // observed §7.1: a new cluster has "Certificates": {} and "Hsms": [].
    Certificates: {},
    TagList: input.TagList ? normaliseTagList(input.TagList) : [],
    Mode: input.Mode ?? source?.Mode ?? CLUSTER_CHOICES.defaultMode,
  };
  clusters.set(ClusterId, cluster);
  ctx.schedule({ at: ctx.now + ctx.settings.delays.clusterCreate, kind: "cluster.created", id: ClusterId });
  return cluster;
}

/**
 * InitializeCluster: needs UNINITIALIZED with a CSR, i.e. after the first HSM (observed §7.1; initialize-cluster.md:
 * "After you create your cluster and add your hardware security module (HSM) … you can initialize the cluster", and
 * the CSR "is generated by the cluster's first HSM"), and an ACTIVE HSM to take the certificate
 * (CLUSTER_CHOICES.initializeNeedsActiveHsm).
 */
export function initializeCluster(ctx: DomainContext, clusterId: string, signedCert: string) {
  const c = ownCluster(ctx, clusterId);
  requireClusterState(c, ["UNINITIALIZED"]);
  if (!c.Certificates.ClusterCsr) {
    throw invalid(`Cluster ${clusterId} has no certificate signing request yet: create an HSM first.`);
  }
  if (CLUSTER_CHOICES.initializeNeedsActiveHsm && !c.Hsms.some((h) => h.State === "ACTIVE")) {
    throw UNDOC_ERRORS.refused(`Cluster ${clusterId} has no ACTIVE HSM to initialize: create an HSM first.`);
  }
  transitionCluster(c, "INITIALIZE_IN_PROGRESS");
  c.Certificates.ClusterCertificate = signedCert;
  // Certificates.ClusterCsr: "The CSR exists only when the cluster's state is UNINITIALIZED." (API reference)
  delete c.Certificates.ClusterCsr;
  ctx.schedule({ at: ctx.now + ctx.settings.delays.clusterInitialize, kind: "cluster.initialized", id: clusterId });
  return { State: c.State, StateMessage: c.StateMessage as string };
}

/** ModifyCluster: retention policy (7–379 days). Changing HsmType (HSM migration) is not modelled. */
export function modifyCluster(
  ctx: DomainContext,
  clusterId: string,
  input: { HsmType?: string; BackupRetentionPolicy?: { Type?: string; Value?: string } },
): Cluster {
  const c = ownCluster(ctx, clusterId);
  if (c.State === "DELETE_IN_PROGRESS" || c.State === "DELETED") {
    throw invalid(`Cluster ${clusterId} is in state ${c.State}.`);
  }
  if (input.HsmType !== undefined && input.HsmType !== c.HsmType) {
    throw invalid(`Changing the HSM type of a cluster (${c.HsmType} to ${input.HsmType}) is not supported.`);
  }
  if (input.BackupRetentionPolicy) {
    c.BackupRetentionPolicy = checkRetentionPolicy(input.BackupRetentionPolicy);
    scheduleRetentionCheck(ctx, clusterId, ctx.now);
  }
  return c;
}

/** DeleteCluster: "Before you can delete a cluster, you must delete all HSMs in the cluster." (API_DeleteCluster) */
export function deleteCluster(ctx: DomainContext, clusterId: string): Cluster {
  const c = ownCluster(ctx, clusterId);
  if (c.Hsms.length > 0) {
    throw invalid(`Cluster ${clusterId} still contains ${c.Hsms.length} HSM(s); delete them first.`);
  }
  requireClusterState(c, ["UNINITIALIZED", "INITIALIZED", "ACTIVE", "DEGRADED"]);
  transitionCluster(c, "DELETE_IN_PROGRESS");
  ctx.schedule({ at: ctx.now + ctx.settings.delays.clusterDelete, kind: "cluster.deleted", id: clusterId });
  return c;
}

/** Activation (control API): INITIALIZED → ACTIVE, which makes a backup (manage-backups: "Activate a cluster"). */
export function activateCluster(ctx: DomainContext, clusterId: string): { Cluster: Cluster; Backup: Backup } {
  const c = ownCluster(ctx, clusterId);
  requireClusterState(c, ["INITIALIZED"]);
  transitionCluster(c, "ACTIVE");
  startDailyBackups(ctx, clusterId);
  return { Cluster: c, Backup: startClusterBackup(ctx, c) };
}

/** What the 24-hour schedule does, now (control API). */
export function backupNow(ctx: DomainContext, clusterId: string): Backup {
  const c = ownCluster(ctx, clusterId);
  requireClusterState(c, ["ACTIVE"]);
  return startClusterBackup(ctx, c);
}

/** manage-backups: "AWS CloudHSM makes periodic backups of your cluster at least once every 24 hours." */
export function startDailyBackups(ctx: DomainContext, clusterId: string): void {
  ctx.schedule({ at: ctx.now + DAY_SECONDS, kind: "cluster.daily-backup", id: clusterId });
}
