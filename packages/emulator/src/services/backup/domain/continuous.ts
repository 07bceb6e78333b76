import type { RecoveryPoint } from "../store/records.js";
import type { BackupContext } from "./context.js";
import { REFUSAL_CHOICES } from "./refusal-choices.js";
import type { ResourceType } from "./resource-types.js";

/**
 * Continuous backups (point-in-time recovery). A plan rule with `EnableContinuousBackup` "creates continuous backups
 * capable of point-in-time restore (PITR)" (model, BackupRule); "The continuous backup plan creates one continuous
 * recovery point and updates that recovery point whenever the job runs" ([UG-PITR]). The model has no member that
 * marks a recovery point continuous; real ones are told apart by their ARN,
 * `arn:aws:backup:<region>:<account>:recovery-point:continuous:db-<id>-<hash>` (observed in public code for RDS,
 * `cluster-` for Aurora, the bucket's name for S3), and so are the emulator's.
 */
export const supportsContinuousBackup = (type: ResourceType): boolean =>
  REFUSAL_CHOICES.continuousResourceTypes.includes(type);

const CONTINUOUS = /:recovery-point:continuous:/;

/** Whether a recovery point ARN is a continuous backup's. */
export const isContinuous = (recoveryPointArn: string): boolean => CONTINUOUS.test(recoveryPointArn);

/** A new continuous recovery point's ARN for a resource, in the caller's Region and account. */
export function continuousRecoveryPointArn(ctx: BackupContext, type: ResourceType, resourceArn: string): string {
  const bucket = /^arn:[^:]+:s3:::([^/]+)/.exec(resourceArn)?.[1];
  const id =
    type === "S3" && bucket
      ? `${bucket}-${ctx.hex(8)}`
      : `${type === "Aurora" ? "cluster" : "db"}-${ctx.hex(26).toUpperCase()}-${ctx.hex(8)}`;
  return `arn:${ctx.partition}:backup:${ctx.region}:${ctx.account}:recovery-point:continuous:${id}`;
}

/** The continuous recovery point a resource already has in a vault: a rule's later runs update it. */
export const continuousPointOf = (
  points: Iterable<RecoveryPoint>,
  vaultName: string,
  resourceArn: string,
): RecoveryPoint | undefined =>
  [...points].find(
    (p) => p.BackupVaultName === vaultName && p.ResourceArn === resourceArn && isContinuous(p.RecoveryPointArn),
  );
