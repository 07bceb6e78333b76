import { checkedBody } from "../../../core/control/inputs.js";
import type { ControlMount } from "../../../core/control/route.js";
import { DEFAULT_ACCOUNT } from "../../../core/protocol/sigv4.js";

/** What a copy fault is: the StatusMessage of the copy job it fails. */
export const DEFAULT_COPY_FAULT_MESSAGE = "Copy job failed: injected by the emulator's control API.";

/**
 * AWS Backup's control routes, at `/_emulator/v1/services/backup/`: `POST /copy-faults` `{"message"?: string}` makes
 * the next StartCopyJob's job end FAILED with that StatusMessage. Replies `{"pending": <faults not yet used>}`.
 * `POST /plans/{BackupPlanId}/run` `{"AccountId"?, "Region"?}` (default 123456789012, us-east-1) runs every rule of
 * the plan now, as if due: `{"BackupJobIds": […]}`. Both are described in spec/control/control-api.yaml
 * (InjectBackupCopyFault, RunBackupPlan).
 */
export function backupControl(deps: {
  addCopyFault(message: string): number;
  /** Runs every rule of a plan now in an account and Region; the backup jobs started. */
  runPlan(account: string, region: string, planId: string): string[];
}): ControlMount {
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
      {
        method: "POST",
        path: /^\/plans\/([^/]+)\/run$/,
        mutates: true,
        handle(body, [planId]) {
          const { AccountId, Region } = checkedBody<{ AccountId?: string; Region?: string }>(
            "RunBackupPlan",
            body,
            'Expected {"AccountId"?: 12 digits, "Region"?: a Region}',
          );
          return { BackupJobIds: deps.runPlan(AccountId ?? DEFAULT_ACCOUNT, Region ?? "us-east-1", planId as string) };
        },
      },
    ],
  };
}
