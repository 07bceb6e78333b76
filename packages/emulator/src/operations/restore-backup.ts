import type { Handler } from "../dispatch/handlers.js";
import { restoreBackup } from "../domain/backups.js";

export const RestoreBackup: Handler<"RestoreBackup"> = (input, ctx) => ({ Backup: restoreBackup(ctx, input.BackupId) });
