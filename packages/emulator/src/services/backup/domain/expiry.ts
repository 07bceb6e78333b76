import type { RecoveryPoint } from "../store/records.js";
import { type BackupContext, here } from "./context.js";

/** The scheduled deletion of a recovery point at its CalculatedLifecycle.DeleteAt. */
export const EXPIRY_EVENT = "aws-backup.recovery-point.expired";

/**
 * "The number of days after creation that a recovery point is deleted" (model, Lifecycle.DeleteAfterDays): a
 * recovery point with a DeleteAt is deleted then, in its own account and Region. A lifecycle update schedules again;
 * the event re-reads DeleteAt, so an earlier schedule that no longer holds does nothing.
 */
export function scheduleExpiry(ctx: BackupContext, account: string, region: string, point: RecoveryPoint): void {
  const at = point.CalculatedLifecycle?.DeleteAt;
  if (at !== undefined) {
    ctx.scheduleIn(account, region, { kind: EXPIRY_EVENT, id: point.RecoveryPointArn, at });
  }
}

export function applyExpiry(ctx: BackupContext, arn: string): void {
  const store = here(ctx);
  const deleteAt = store.recoveryPoints.get(arn)?.CalculatedLifecycle?.DeleteAt;
  if (deleteAt !== undefined && deleteAt <= ctx.now) {
    store.recoveryPoints.delete(arn);
    store.tags.delete(arn);
  }
}
