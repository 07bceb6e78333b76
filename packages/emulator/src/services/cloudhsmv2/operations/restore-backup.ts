import { restoreBackup } from "../domain/backup-actions.js";
import type { Handler } from "../handlers.js";

export const RestoreBackup: Handler<"RestoreBackup"> = (input, ctx) => ({ Backup: restoreBackup(ctx, input.BackupId) });
