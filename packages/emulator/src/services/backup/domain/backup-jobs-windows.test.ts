import { describe, expect, it } from "vitest";
import type { BackupJob } from "../store/records.js";
import { createRegionStore } from "../store/region-store.js";
import {
  aborted,
  completeByOf,
  completionWindowOver,
  expired,
  startByOf,
  startWindowOver,
} from "./backup-jobs-windows.js";

const job = (State: BackupJob["State"], StartBy?: number): BackupJob => ({
  BackupJobId: "J",
  ResourceArn: "arn:aws:ec2:us-east-1:111122223333:volume/vol-1",
  RecoveryPointArn: "arn:aws:ec2:us-east-1::snapshot/snap-1",
  BackupVaultName: "v",
  CreationDate: 1000,
  State,
  ...(StartBy !== undefined ? { StartBy } : {}),
});

describe("a backup job's start window", () => {
  it("ends at the scheduled time plus the window, 8 hours when none is given (the model's example: 6 PM + 2 h)", () => {
    const sixPm = Date.parse("2018-01-26T18:00:00Z") / 1000;
    expect(new Date(startByOf(sixPm, 120) * 1000).toISOString()).toBe("2018-01-26T20:00:00.000Z");
    expect(startByOf(sixPm) - sixPm).toBe(8 * 3600);
  });

  it("is over for a job still CREATED at its StartBy, not before, and never for a job that started", () => {
    expect(startWindowOver(job("CREATED", 5000), 4999)).toBe(false);
    expect(startWindowOver(job("CREATED", 5000), 5000)).toBe(true);
    expect(startWindowOver(job("RUNNING", 5000), 6000)).toBe(false);
    expect(startWindowOver(job("CREATED"), 6000)).toBe(false);
  });

  it("makes an expired job EXPIRED, ended at the window's end, as a new job", () => {
    const waiting = Object.freeze(job("CREATED", 5000));
    const ended = expired(waiting, 5000);
    expect([ended.State, ended.CompletionDate, ended.StartBy]).toEqual(["EXPIRED", 5000, 5000]);
  });
});

describe("a backup job's completion window", () => {
  it("counts a plan rule's CompletionWindowMinutes from the job's start; an on-demand job has none here", () => {
    const store = createRegionStore("111122223333", "us-east-1");
    store.plans.set("P", {
      BackupPlanId: "P",
      BackupPlanArn: "arn:aws:backup:us-east-1:111122223333:backup-plan:P",
      VersionId: "V",
      CreationDate: 0,
      BackupPlan: {
        BackupPlanName: "p",
        Rules: [{ RuleName: "r", RuleId: "R", TargetBackupVaultName: "v", CompletionWindowMinutes: 90 }],
      },
    });
    const ruleJob = { ...job("RUNNING"), CreatedBy: { BackupPlanId: "P", BackupRuleId: "R" } };
    expect(completeByOf(store, ruleJob, 2000)).toBe(2000 + 90 * 60);
    expect(completeByOf(store, job("RUNNING"), 2000)).toBeUndefined();
  });

  it("is over for a running job whose run would end later, not for one ending then; a canceled job is ABORTED", () => {
    const running = { ...job("RUNNING"), ExpectedCompletionDate: 9000 };
    expect(completionWindowOver(running, 8999)).toBe(true);
    expect(completionWindowOver(running, 9000)).toBe(false);
    expect(completionWindowOver({ ...running, State: "COMPLETED" }, 8000)).toBe(false);
    const canceled = aborted(Object.freeze(running), 8999);
    expect([canceled.State, canceled.CompletionDate, canceled.ExpectedCompletionDate]).toEqual(["ABORTED", 8999, 9000]);
  });
});
