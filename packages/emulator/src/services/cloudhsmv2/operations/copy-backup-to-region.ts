import { copyBackupToRegion as copy } from "../domain/copy.js";
import { UNDOC_ERRORS } from "../domain/undocumented.js";
import type { Handler } from "../handlers.js";

/**
 * CopyBackupToRegion. copy-backup-to-region.html: "your IAM policy must allow access to the source region … [and]
 * the destination region" — a strict-mode key restricted to regions may not copy into a region it cannot use.
 */
export const CopyBackupToRegion: Handler<"CopyBackupToRegion"> = (input, ctx) => {
  if (!ctx.mayUseRegion(input.DestinationRegion)) {
    throw UNDOC_ERRORS.regionDenied(
      `The access key may not act in region ${input.DestinationRegion}: copying needs permission in the destination region.`,
    );
  }
  const legacy = input as { ClusterId?: string; BackupId?: string };
  return {
    DestinationBackup: copy(ctx, {
      DestinationRegion: input.DestinationRegion,
      ...(legacy.BackupId !== undefined ? { BackupId: legacy.BackupId } : {}),
      ...(legacy.ClusterId !== undefined ? { ClusterId: legacy.ClusterId } : {}),
      ...(input.TagList !== undefined ? { TagList: input.TagList } : {}),
    }),
  };
};
