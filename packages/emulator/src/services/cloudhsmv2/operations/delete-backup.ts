import { deleteBackup } from "../domain/backup-actions.js";
import type { Handler } from "../handlers.js";

export const DeleteBackup: Handler<"DeleteBackup"> = (input, ctx) => ({ Backup: deleteBackup(ctx, input.BackupId) });
