import type { BackupInputs, BackupOutputs } from "@cloudhsm-kit/spec";
import { sealRecord } from "../../../core/protocol/json-body.js";
import type { RecoveryPoint } from "../store/records.js";
import { type BackupContext, here } from "./context.js";
import { isContinuous } from "./continuous.js";
import { BackupError, invalidRequest, notFound } from "./errors.js";
import { scheduleExpiry } from "./expiry.js";
import { calculatedLifecycle, checkLifecycle } from "./lifecycle.js";
import { matching, pageOfIndex, within } from "./paging.js";
import type { Received } from "./received.js";
import { REFUSAL_CHOICES } from "./refusal-choices.js";
import { type ResourceType, supportsColdStorage } from "./resource-types.js";
import { vaultOf } from "./vaults.js";

/** A recovery point of a vault, or ResourceNotFoundException. */
export function recoveryPointOf(ctx: BackupContext, vaultName: string, arn: string): RecoveryPoint {
  vaultOf(ctx, vaultName);
  const point = here(ctx).recoveryPoints.get(arn);
  if (!point || point.BackupVaultName !== vaultName) {
    throw notFound(`Recovery point ${arn} does not exist in backup vault ${vaultName}.`);
  }
  return point;
}

/** WARM until its MoveToColdStorageAt, COLD from then on (calculated from the lifecycle, as AWS's transition runs). */
export const storageClassAt = (point: RecoveryPoint, now: number): "WARM" | "COLD" => {
  const cold = point.CalculatedLifecycle?.MoveToColdStorageAt;
  return cold !== undefined && cold <= now ? "COLD" : "WARM";
};

export const describeRecoveryPoint = (
  ctx: BackupContext,
  vaultName: string,
  arn: string,
): BackupOutputs["DescribeRecoveryPoint"] => {
  const point = recoveryPointOf(ctx, vaultName, arn);
  return { ...point, StorageClass: storageClassAt(point, ctx.now) };
};

export function listRecoveryPoints(
  ctx: BackupContext,
  input: Received<BackupInputs["ListRecoveryPointsByBackupVault"]>,
): BackupOutputs["ListRecoveryPointsByBackupVault"] {
  const store = here(ctx);
  vaultOf(ctx, input.BackupVaultName);
  const sameAs = matching<RecoveryPoint>([
    [input.ByResourceArn, (p) => p.ResourceArn],
    [input.ByResourceType, (p) => p.ResourceType],
    [input.ByBackupPlanId, (p) => p.CreatedBy?.BackupPlanId],
    [input.ByParentRecoveryPointArn, (p) => p.ParentRecoveryPointArn],
  ]);
  const matches = (p: RecoveryPoint) =>
    sameAs(p) && within(p.CreationDate, input.ByCreatedAfter, input.ByCreatedBefore);
  const vaultPoints = store.recoveryPoints.inVault(input.BackupVaultName);
  const { items, next } = pageOfIndex("recovery-points", vaultPoints, matches, input);
  return { RecoveryPoints: items.map(listedForm), ...next };
}

const listedForms = new WeakMap<Readonly<RecoveryPoint>, Readonly<RecoveryPoint>>();

/**
 * A stored recovery point as ListRecoveryPointsByBackupVault lists it: without its StorageClass. A stored point never
 * changes (it is sealed, store/sealed-table.ts: a change is a new point), so neither does its listed form, which is
 * made once per point and sealed too, so that its JSON is kept as the point's is.
 */
export function listedForm(point: Readonly<RecoveryPoint>): Readonly<RecoveryPoint> {
  let form = listedForms.get(point);
  if (form === undefined) {
    const { StorageClass: _, ...listed } = point;
    form = sealRecord(listed);
    listedForms.set(point, form);
  }
  return form;
}

/**
 * UpdateRecoveryPointLifecycle: the lifecycle rules (lifecycle.ts), then CalculatedLifecycle from the creation date.
 * "The transition to cold after days setting can't be changed after a backup has been transitioned to cold" (model,
 * Lifecycle) → InvalidRequestException (UNDOC: the error). "This operation does not support continuous backups"
 * (model, UpdateRecoveryPointLifecycle) → refused for a continuous recovery point (refusal-choices.ts).
 */
export function updateLifecycle(
  ctx: BackupContext,
  input: BackupInputs["UpdateRecoveryPointLifecycle"],
): BackupOutputs["UpdateRecoveryPointLifecycle"] {
  const store = here(ctx);
  const point = recoveryPointOf(ctx, input.BackupVaultName, input.RecoveryPointArn);
  if (isContinuous(point.RecoveryPointArn)) {
    throw new BackupError(
      REFUSAL_CHOICES.continuousLifecycleError,
      "UpdateRecoveryPointLifecycle does not support continuous backups: change the backup rule's lifecycle instead.",
    );
  }
  checkLifecycle(input.Lifecycle);
  const lifecycle = input.Lifecycle ?? {};
  if (
    storageClassAt(point, ctx.now) === "COLD" &&
    lifecycle.MoveToColdStorageAfterDays !== point.Lifecycle?.MoveToColdStorageAfterDays
  ) {
    throw invalidRequest(
      "MoveToColdStorageAfterDays cannot be changed after the recovery point has moved to cold storage.",
    );
  }
  const updated: RecoveryPoint = {
    ...point,
    Lifecycle: lifecycle,
    CalculatedLifecycle: calculatedLifecycle(
      point.CreationDate,
      lifecycle,
      supportsColdStorage(
        point.ResourceType as ResourceType,
        ctx.region,
        store.settings.ResourceTypeManagementPreference.DynamoDB === true,
        ctx.legacyBackupSeed,
      ),
    ),
  };
  store.recoveryPoints.set(updated.RecoveryPointArn, updated);
  scheduleExpiry(ctx, ctx.account, ctx.region, updated);
  return {
    ...(updated.BackupVaultArn !== undefined ? { BackupVaultArn: updated.BackupVaultArn } : {}),
    RecoveryPointArn: updated.RecoveryPointArn,
    Lifecycle: lifecycle,
    CalculatedLifecycle: updated.CalculatedLifecycle,
  };
}

export function deleteRecoveryPoint(ctx: BackupContext, vaultName: string, arn: string): void {
  const store = here(ctx);
  recoveryPointOf(ctx, vaultName, arn);
  store.recoveryPoints.delete(arn);
  store.tags.delete(arn);
}
