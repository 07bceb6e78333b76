import type { Backup, DestinationBackup, Tag } from "../store/records.js";
import { backupArn } from "./arn.js";
import { ownBackup } from "./backup-actions.js";
import { BACKUP_CHOICES } from "./backup-choices.js";
import { copyTags, uniqueBackupId } from "./backup-lifecycle.js";
import type { DomainContext } from "./context.js";
import { invalid, notFound } from "./errors.js";
import { partitionOf } from "./partitions.js";
import { normaliseTagList } from "./tags.js";
import { UNDOC_ERRORS, UNDOC_MESSAGES } from "./undocumented-errors.js";

/**
 * CopyBackupToRegion (copy-backup-to-region.html; cloudhsmv2-api.md §2.1, §5(a)–(d)). The copy appears in the
 * destination region as CREATE_IN_PROGRESS and becomes READY, or DELETED when the copy fails (injected through the
 * control API). It keeps the source's CreateTimestamp, gets CopyTimestamp and SourceBackup/SourceCluster/
 * SourceRegion, belongs to no cluster and has no retention policy (manage-backup-retention).
 */
export interface CopyInput {
  DestinationRegion: string;
  BackupId?: string;
  /** Legacy member (user guide 2018–2022), honoured only with `settings.legacyClusterIdCopy`. */
  ClusterId?: string;
  TagList?: Tag[];
}

export function copyBackupToRegion(ctx: DomainContext, input: CopyInput): DestinationBackup {
  const source = sourceOf(ctx, input);
  const to = input.DestinationRegion;
  // Refusals (observed §2 "Emulator"): same region, other partition, unserved region, source not READY.
  if (to === ctx.region) {
    throw UNDOC_ERRORS.refused(UNDOC_MESSAGES.sameRegionCopy(to));
  }
  const toPartition = partitionOf(to);
  if (!toPartition) {
    throw UNDOC_ERRORS.refused(UNDOC_MESSAGES.unservedRegion(to));
  }
  // copy-backup-to-region: "Backups cannot be copied between AWS restricted regions and standard regions. Backups
  // can be copied between the AWS GovCloud (US-East) and AWS GovCloud (US-West) regions."
  const fromPartition = partitionOf(ctx.region);
  if (fromPartition !== toPartition) {
    throw UNDOC_ERRORS.refused(
      UNDOC_MESSAGES.crossPartitionCopy(`${ctx.region} (${fromPartition})`, `${to} (${toPartition})`),
    );
  }
  if (source.BackupState !== "READY") {
    throw UNDOC_ERRORS.refused(UNDOC_MESSAGES.wrongBackupState(source.BackupId, source.BackupState, "READY"));
  }
  // API_CopyBackupToRegion TagList: "If you specify tags, only these tags will be applied to the destination
  // backup. If you do not specify tags, the service copies tags from the source backup."
  const tags = input.TagList !== undefined ? normaliseTagList(input.TagList) : copyTags(source.TagList);

  // SourceCluster names the cluster of the backup copied; a copy belongs to none (BACKUP_CHOICES.copyOfCopyKeepsSourceCluster).
  const sourceCluster =
    source.ClusterId ?? (BACKUP_CHOICES.copyOfCopyKeepsSourceCluster ? source.SourceCluster : undefined);
  const BackupId = uniqueBackupId(ctx, to);
  const copy: Backup = {
    BackupId,
    BackupArn: backupArn(to, ctx.account, BackupId),
    BackupState: "CREATE_IN_PROGRESS",
    CreateTimestamp: source.CreateTimestamp,
    CopyTimestamp: ctx.now,
    NeverExpires: false,
    SourceRegion: ctx.region,
    SourceBackup: source.BackupId,
    ...(sourceCluster !== undefined ? { SourceCluster: sourceCluster } : {}),
    TagList: tags,
    ...(source.HsmType !== undefined ? { HsmType: source.HsmType } : {}),
    ...(source.Mode !== undefined ? { Mode: source.Mode } : {}),
  };
  // The one cross-region write in the emulator (STYLE §5 store/).
  ctx.store.region(ctx.account, to).backups.insert(copy);
  const fault = takeFault(ctx, source.BackupId, to);
  ctx.schedule({
    at: ctx.now + ctx.settings.delays.copy,
    kind: fault ? "backup.copy-failed" : "backup.copied",
    region: to,
    id: BackupId,
  });
  return {
    CreateTimestamp: copy.CreateTimestamp,
    SourceRegion: ctx.region,
    SourceBackup: source.BackupId,
    ...(sourceCluster !== undefined ? { SourceCluster: sourceCluster } : {}),
  };
}

/**
 * The backup to copy. BackupId wins when both are given; ClusterId alone copies "the most recent available backup"
 * of that cluster (copy-backup-to-region, 2018–2022 wording; cloudhsmv2-api.md §5(a)) — legacy option only.
 */
function sourceOf(ctx: DomainContext, input: CopyInput): Backup {
  if (input.BackupId !== undefined) {
    return ownBackup(ctx, input.BackupId);
  }
  if (ctx.settings.legacyClusterIdCopy && input.ClusterId !== undefined) {
    const r = ctx.store.region(ctx.account, ctx.region);
    if (!r.clusters.has(input.ClusterId) && !r.retiredClusters.has(input.ClusterId)) {
      throw notFound("Cluster", input.ClusterId);
    }
    const all = r.backups.all();
    for (let i = all.length - 1; i >= 0; i--) {
      const b = all[i] as Backup;
      if (b.ClusterId === input.ClusterId && b.BackupState === "READY") {
        return b;
      }
    }
    throw UNDOC_ERRORS.refused(`Cluster ${input.ClusterId} has no backup in state READY to copy.`);
  }
  // Unreachable through the protocol layer (validation requires BackupId); kept for direct domain callers.
  throw invalid("BackupId is required.");
}

function takeFault(ctx: DomainContext, backupId: string, region: string): boolean {
  const i = ctx.copyFaults.findIndex(
    (f) =>
      (f.BackupId === undefined || f.BackupId === backupId) &&
      (f.DestinationRegion === undefined || f.DestinationRegion === region),
  );
  if (i < 0) {
    return false;
  }
  ctx.copyFaults.splice(i, 1);
  return true;
}
