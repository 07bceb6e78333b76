import type { BackupContext } from "./context.js";
import type { ResourceType } from "./resource-types.js";

/** `arn:<partition>:backup:<region>:<account>:backup-vault:<name>` (aws-backup-copy.md §2, ARN namespace). */
export const vaultArn = (partition: string, region: string, account: string, name: string) =>
  `arn:${partition}:backup:${region}:${account}:backup-vault:${name}`;

export interface VaultAddress {
  partition: string;
  region: string;
  account: string;
  name: string;
}

/** The parts of a backup-vault ARN, or undefined when it is none. */
export function parseVaultArn(arn: string): VaultAddress | undefined {
  const m = /^arn:([^:]+):backup:([a-z0-9-]+):(\d{12}):backup-vault:([a-zA-Z0-9\-_]{2,50})$/.exec(arn);
  return m
    ? { partition: m[1] as string, region: m[2] as string, account: m[3] as string, name: m[4] as string }
    : undefined;
}

/**
 * A new recovery point's ARN in a region and account [UG-RP]: an EBS snapshot keeps its native ARN
 * (`arn:aws:ec2:<region>::snapshot/snap-<17 hex>`); resources with full AWS Backup management and the rest get
 * `arn:<partition>:backup:<region>:<account>:recovery-point:<uuid>` (UNDOC: native ARNs of other types are not made).
 */
export function newRecoveryPointArn(ctx: BackupContext, type: ResourceType, region: string, account: string): string {
  return type === "EBS"
    ? `arn:${ctx.partition}:ec2:${region}::snapshot/snap-${ctx.hex(17)}`
    : `arn:${ctx.partition}:backup:${region}:${account}:recovery-point:${ctx.uuid().toUpperCase()}`;
}

/** The default key of a vault created without one: the account's `aws/backup` key (UNDOC: its key id is random). */
export const defaultKeyArn = (ctx: BackupContext) =>
  `arn:${ctx.partition}:kms:${ctx.region}:${ctx.account}:key/${ctx.uuid()}`;
