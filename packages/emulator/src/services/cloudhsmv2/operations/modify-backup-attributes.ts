import { modifyBackupAttributes } from "../domain/backup-actions.js";
import type { Handler } from "../handlers.js";

export const ModifyBackupAttributes: Handler<"ModifyBackupAttributes"> = (input, ctx) => ({
  Backup: modifyBackupAttributes(ctx, input.BackupId, input.NeverExpires),
});
