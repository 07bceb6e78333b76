import { describe, expect, it } from "vitest";
import type { BackupJob } from "../store/records.js";
import { expire, startByOf, startWindowOver } from "./backup-jobs-windows.js";

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

  it("leaves an expired job EXPIRED, ended at the window's end", () => {
    const waiting = job("CREATED", 5000);
    expire(waiting, 5000);
    expect([waiting.State, waiting.CompletionDate]).toEqual(["EXPIRED", 5000]);
  });
});
