import type { Cluster, Hsm } from "../store/records.js";
import { startClusterBackup } from "./backup-lifecycle.js";
import { ownCluster } from "./cluster.js";
import { CLUSTER_CHOICES } from "./cluster-choices.js";
import type { DomainContext } from "./context.js";
import { invalid, notFound } from "./errors.js";
import { UNDOC_ERRORS } from "./undocumented-errors.js";

/**
 * HSMs (observed-aws-behaviour.md §7.3): CreateHsm → CREATE_IN_PROGRESS → ACTIVE ("HSM created."); DeleteHsm →
 * DELETE_IN_PROGRESS → removed from `Hsms`. The first HSM needs an UNINITIALIZED cluster (create-hsm.md: "the cluster
 * must be in the uninitialized state"); more HSMs need an ACTIVE one (manage-backups: "Add an HSM to an active
 * cluster"); a second one before activation is refused with the observed message (terraform-provider-aws#7437), and
 * every other state is refused. Refusals are 400 CloudHsmInvalidRequestException.
 */
export interface CreateHsmInput {
  ClusterId: string;
  AvailabilityZone: string;
  IpAddress?: string;
}

export function createHsm(ctx: DomainContext, input: CreateHsmInput): Hsm {
  const c = ownCluster(ctx, input.ClusterId);
  const beforeActivation = ["UNINITIALIZED", "INITIALIZE_IN_PROGRESS", "INITIALIZED"].includes(c.State);
  if (beforeActivation && c.Hsms.length > 0) {
    throw invalid(`Cluster '${c.ClusterId}' already contains an HSM but has not yet been fully activated`);
  }
  if (c.State !== "ACTIVE" && c.State !== "UNINITIALIZED") {
    throw invalid(
      `Cluster ${c.ClusterId} is in state ${c.State}; HSMs can be created in UNINITIALIZED or ACTIVE clusters.`,
    );
  }
  // API_CreateHsm AvailabilityZone: "To find the cluster's Availability Zones, use DescribeClusters" — one of the
  // cluster's SubnetMapping keys, which also keeps it in the cluster's region.
  const SubnetId = c.SubnetMapping[input.AvailabilityZone];
  if (SubnetId === undefined) {
    throw invalid(
      `Availability Zone ${input.AvailabilityZone} is not in the cluster's subnet mapping (${Object.keys(c.SubnetMapping).join(", ")}).`,
    );
  }
  const EniIp = input.IpAddress ?? freeIp(c, Object.keys(c.SubnetMapping).indexOf(input.AvailabilityZone));
  if (c.Hsms.some((h) => h.EniIp === EniIp)) {
    throw invalid(`IP address ${EniIp} is already used by an HSM of cluster ${c.ClusterId}.`);
  }
  let HsmId = ctx.ids.id("hsm");
  while (c.Hsms.some((h) => h.HsmId === HsmId)) {
    HsmId = ctx.ids.id("hsm");
  }
  const hsm: Hsm = {
    AvailabilityZone: input.AvailabilityZone,
    ClusterId: c.ClusterId,
    SubnetId,
    EniId: `eni-${ctx.ids.hex(17)}`,
    EniIp,
    HsmId,
    HsmType: c.HsmType,
    State: "CREATE_IN_PROGRESS",
  };
  c.Hsms.push(hsm);
  ctx.schedule({ at: ctx.now + ctx.settings.delays.hsmCreate, kind: "hsm.created", id: `${c.ClusterId}/${HsmId}` });
  if (c.State === "ACTIVE" && !CLUSTER_CHOICES.hsmChangeBackupAtCompletion) {
    startClusterBackup(ctx, c); // manage-backups: "Add an HSM to an active cluster"
  }
  return hsm;
}

function freeIp(c: Cluster, subnetIndex: number): string {
  for (let host = 10; ; host++) {
    const ip = `10.0.${subnetIndex}.${host}`;
    if (!c.Hsms.some((h) => h.EniIp === ip)) {
      return ip;
    }
  }
}

export interface DeleteHsmInput {
  ClusterId: string;
  HsmId?: string;
  EniId?: string;
  EniIp?: string;
}

/** API_DeleteHsm: "You need to specify only one of these values." Zero or several → refused (UNDOC, observed §7.3). */
export function deleteHsm(ctx: DomainContext, input: DeleteHsmInput): { HsmId: string } {
  const c = ownCluster(ctx, input.ClusterId);
  const selectors = (["HsmId", "EniId", "EniIp"] as const).filter((k) => input[k] !== undefined);
  if (CLUSTER_CHOICES.deleteHsmExactlyOneSelector ? selectors.length !== 1 : selectors.length === 0) {
    throw UNDOC_ERRORS.refused("Specify exactly one of HsmId, EniId or EniIp.");
  }
  const key = selectors[0] as "HsmId" | "EniId" | "EniIp";
  const hsm = c.Hsms.find((h) => h[key] === input[key]);
  if (!hsm) {
    throw notFound("HSM", input[key] as string);
  }
  if (!CLUSTER_CHOICES.deletableHsmStates.includes(hsm.State)) {
    throw UNDOC_ERRORS.refused(
      `HSM ${hsm.HsmId} is in state ${hsm.State}; only ${CLUSTER_CHOICES.deletableHsmStates.join(" or ")} HSMs can be deleted.`,
    );
  }
  hsm.State = "DELETE_IN_PROGRESS";
  delete hsm.StateMessage;
  ctx.schedule({ at: ctx.now + ctx.settings.delays.hsmDelete, kind: "hsm.deleted", id: `${c.ClusterId}/${hsm.HsmId}` });
  if (c.State === "ACTIVE" && !CLUSTER_CHOICES.hsmChangeBackupAtCompletion) {
    startClusterBackup(ctx, c); // manage-backups: "Remove an HSM from an active cluster"
  }
  // The response echoes the HSM ID whatever the selector (add-remove-hsm.md).
  return { HsmId: hsm.HsmId };
}
