import { checkedBody } from "../../../core/control/inputs.js";
import type { ControlMount } from "../../../core/control/route.js";

/** What a copy fault is: the StatusMessage of the copy job it fails. */
export const DEFAULT_COPY_FAULT_MESSAGE = "Copy job failed: injected by the emulator's control API.";

/**
 * AWS Backup's control routes, at `/_emulator/v1/services/backup/`: `POST /copy-faults` `{"message"?: string}` makes
 * the next StartCopyJob's job end FAILED with that StatusMessage. Replies `{"pending": <faults not yet used>}`.
 * Described in spec/control/control-api.yaml (InjectBackupCopyFault).
 */
export function backupControl(deps: { addCopyFault(message: string): number }): ControlMount {
  return {
    capabilities: [],
    routes: [
      {
        method: "POST",
        path: /^\/copy-faults$/,
        mutates: true,
        handle(body) {
          const { message } = checkedBody<{ message?: string }>(
            "InjectBackupCopyFault",
            body,
            'Expected {"message"?: a non-empty string}',
          );
          return { pending: deps.addCopyFault(message ?? DEFAULT_COPY_FAULT_MESSAGE) };
        },
      },
    ],
  };
}
