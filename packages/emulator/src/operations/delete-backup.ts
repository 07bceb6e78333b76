import type { Handler } from "../dispatch/handlers.js";
import { deleteBackup } from "../domain/backups.js";

export const DeleteBackup: Handler<"DeleteBackup"> = (input, ctx) => ({ Backup: deleteBackup(ctx, input.BackupId) });
