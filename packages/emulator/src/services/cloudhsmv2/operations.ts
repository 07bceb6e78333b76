import type { InputOf, OperationName, OutputOf } from "@cloudhsm-kit/spec";
import { deleteBackup, modifyBackupAttributes, restoreBackup } from "./domain/backup-actions.js";
import { createCluster, deleteCluster, initializeCluster, modifyCluster } from "./domain/cluster.js";
import { CLUSTER_CHOICES } from "./domain/cluster-choices.js";
import type { DomainContext } from "./domain/context.js";
import { copyBackupToRegion } from "./domain/copy.js";
import { describeBackups } from "./domain/describe-backups.js";
import { describeClusters } from "./domain/describe-clusters.js";
import { createHsm, deleteHsm } from "./domain/hsm.js";
import { listTags } from "./domain/list-tags.js";
import { deleteResourcePolicy, getResourcePolicy, putResourcePolicy } from "./domain/policies.js";
import { tagResource, untagResource } from "./domain/tags.js";
import { UNDOC_ERRORS } from "./domain/undocumented-errors.js";

/** One handler per operation, typed by the spec: input → domain calls → output. */
export type Handler<Op extends OperationName> = (input: InputOf<Op>, ctx: DomainContext) => OutputOf<Op>;

/** Every operation of the descriptor; leaving one out is a compile error. */
export const OPERATIONS: { [Op in OperationName]: Handler<Op> } = {
  /** copy-backup-to-region.html: "your IAM policy must allow access to the source region … [and] the destination
   * region" — a strict-mode key restricted to regions may not copy into a region it cannot use. */
  CopyBackupToRegion: (input, ctx) => {
    if (!ctx.mayUseRegion(input.DestinationRegion)) {
      throw UNDOC_ERRORS.regionDenied(
        `The access key may not act in region ${input.DestinationRegion}: copying needs permission in the destination region.`,
      );
    }
    const legacy = input as { ClusterId?: string; BackupId?: string };
    return {
      DestinationBackup: copyBackupToRegion(ctx, {
        DestinationRegion: input.DestinationRegion,
        ...(legacy.BackupId !== undefined ? { BackupId: legacy.BackupId } : {}),
        ...(legacy.ClusterId !== undefined ? { ClusterId: legacy.ClusterId } : {}),
        ...(input.TagList !== undefined ? { TagList: input.TagList } : {}),
      }),
    };
  },
  CreateCluster: (input, ctx) => ({ Cluster: createCluster(ctx, input) }),
  CreateHsm: (input, ctx) => ({ Hsm: createHsm(ctx, input) }),
  DeleteBackup: (input, ctx) => ({ Backup: deleteBackup(ctx, input.BackupId) }),
  /** The reply leaves out an empty TagList: real DeleteCluster replies (cloud-custodian recordings of 2020 and 2022)
   * carry none while DescribeClusters lists `"TagList": []` for the same cluster. A non-empty one: UNDOC. */
  DeleteCluster: (input, ctx) => {
    const { TagList, ...rest } = deleteCluster(ctx, input.ClusterId);
    const keep = TagList.length > 0 && CLUSTER_CHOICES.deleteClusterReplyKeepsTags;
    return { Cluster: keep ? { ...rest, TagList } : rest };
  },
  DeleteHsm: (input, ctx) => deleteHsm(ctx, input),
  DeleteResourcePolicy: (input, ctx) => deleteResourcePolicy(ctx, input.ResourceArn),
  DescribeBackups: (input, ctx) => describeBackups(ctx, input),
  DescribeClusters: (input, ctx) => describeClusters(ctx, input),
  GetResourcePolicy: (input, ctx) => getResourcePolicy(ctx, input.ResourceArn),
  /** The TrustAnchor is kept by the HSMs in AWS and is not part of the Cluster shape, so only SignedCert is stored. */
  InitializeCluster: (input, ctx) => initializeCluster(ctx, input.ClusterId, input.SignedCert),
  ListTags: (input, ctx) => listTags(ctx, input),
  ModifyBackupAttributes: (input, ctx) => ({
    Backup: modifyBackupAttributes(ctx, input.BackupId, input.NeverExpires),
  }),
  ModifyCluster: (input, ctx) => ({ Cluster: modifyCluster(ctx, input.ClusterId, input) }),
  PutResourcePolicy: (input, ctx) => putResourcePolicy(ctx, input.ResourceArn, input.Policy),
  RestoreBackup: (input, ctx) => ({ Backup: restoreBackup(ctx, input.BackupId) }),
  /** TagResource: "Adds or overwrites one or more tags"; the reply is an empty structure. */
  TagResource: (input, ctx) => {
    tagResource(ctx, input.ResourceId, input.TagList);
    return {};
  },
  UntagResource: (input, ctx) => {
    untagResource(ctx, input.ResourceId, input.TagKeyList);
    return {};
  },
};

/** Operations that change nothing: after one, the state file is not written (unless due transitions ran). */
export const READ_ONLY_OPERATIONS: ReadonlySet<string> = new Set<OperationName>([
  "DescribeBackups",
  "DescribeClusters",
  "ListTags",
  "GetResourcePolicy",
]);

/**
 * Members the model requires that a call may leave out. cloudhsmv2-api.md §5(a): with the legacy option,
 * CopyBackupToRegion's ClusterId may stand in for the required BackupId.
 */
export function exemptRequired(operation: string, input: Record<string, unknown>, ctx: DomainContext): string[] {
  return operation === "CopyBackupToRegion" && ctx.settings.legacyClusterIdCopy && input.ClusterId !== undefined
    ? ["BackupId"]
    : [];
}
