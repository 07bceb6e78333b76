import { applyBackupJobEvent } from "./backup-jobs.js";
import type { BackupContext } from "./context.js";
import { applyCopyJobEvent } from "./copy-completion.js";
import { applyExpiry, EXPIRY_EVENT } from "./expiry.js";
import { JOB_EVENTS } from "./job-queue.js";
import { applyPlanRule, PLAN_RULE_EVENT, startPlanCopies } from "./plan-runs.js";

/** Every kind of scheduled transition AWS Backup owns (checked when a state document is imported). */
export const EVENT_KINDS: readonly string[] = [...Object.values(JOB_EVENTS), EXPIRY_EVENT, PLAN_RULE_EVENT];

/** Applies one due transition; `ctx` is in the event's account and Region, with `now` = its due time. */
export function applyEvent(ctx: BackupContext, kind: string, id: string): void {
  if (kind === EXPIRY_EVENT) {
    applyExpiry(ctx, id);
  } else if (kind === PLAN_RULE_EVENT) {
    applyPlanRule(ctx, id);
  } else if (kind === JOB_EVENTS.backupStarted || kind === JOB_EVENTS.backupCompleted) {
    applyBackupJobEvent(ctx, kind, id);
    startPlanCopies(ctx, id);
  } else {
    applyCopyJobEvent(ctx, kind, id);
  }
}
