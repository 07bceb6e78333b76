import type { Handler } from "../dispatch/handlers.js";
import { modifyBackupAttributes } from "../domain/backups.js";

export const ModifyBackupAttributes: Handler<"ModifyBackupAttributes"> = (input, ctx) => ({
  Backup: modifyBackupAttributes(ctx, input.BackupId, input.NeverExpires),
});
