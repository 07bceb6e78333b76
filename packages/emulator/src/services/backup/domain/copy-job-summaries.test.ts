import { describe, expect, it } from "vitest";
import type { CopyJob } from "../store/records.js";
import { summarise, windowsOf } from "./copy-job-summaries.js";

const DAY = 86_400;
const NOW = 100 * DAY;
const at = { now: NOW, region: "us-east-1", account: "111122223333" };

const job = (id: string, created: number, State: string, ResourceType: string, MessageCategory: string): CopyJob =>
  ({
    CopyJobId: id,
    AccountId: at.account,
    CreationDate: created,
    State,
    ResourceType,
    MessageCategory,
    ResourceArn: "r",
    SourceRecoveryPointArn: "p",
    SourceBackupVaultArn: "s",
    DestinationBackupVaultArn: "d",
  }) as CopyJob;

const JOBS = [
  job("a", NOW - 60, "COMPLETED", "EFS", "SUCCESS"),
  job("b", NOW - 120, "COMPLETED", "EFS", "SUCCESS"),
  job("c", NOW - 2 * DAY - 5, "COMPLETED", "EBS", "SUCCESS"),
  job("d", NOW - 10 * DAY + 30, "FAILED", "EFS", "FAILED"),
  job("e", NOW - 20 * DAY, "COMPLETED", "EFS", "SUCCESS"),
];

const counts = (summaries: ReturnType<typeof summarise>) =>
  summaries.map(
    (s) => `${(NOW - (s.StartTime ?? 0)) / DAY}d ${s.State} ${s.ResourceType} ${s.MessageCategory} ${s.Count}`,
  );

describe("ListCopyJobSummaries", () => {
  it("ONE_DAY gives the daily counts of the prior 14 days; SEVEN_DAYS and FOURTEEN_DAYS one sum each", () => {
    expect(windowsOf("ONE_DAY", NOW)).toHaveLength(14);
    expect(counts(summarise(JOBS, { AggregationPeriod: "ONE_DAY" }, at)).sort()).toEqual([
      "10d FAILED EFS FAILED 1",
      "1d COMPLETED EFS SUCCESS 2",
      "3d COMPLETED EBS SUCCESS 1",
    ]);
    expect(counts(summarise(JOBS, { AggregationPeriod: "SEVEN_DAYS" }, at)).sort()).toEqual([
      "7d COMPLETED EBS SUCCESS 1",
      "7d COMPLETED EFS SUCCESS 2",
    ]);
    expect(counts(summarise(JOBS, { AggregationPeriod: "FOURTEEN_DAYS" }, at)).sort()).toEqual([
      "14d COMPLETED EBS SUCCESS 1",
      "14d COMPLETED EFS SUCCESS 2",
      "14d FAILED EFS FAILED 1",
    ]);
  });

  it("filters by a value, keeps values apart for ANY and sums them for AGGREGATE_ALL", () => {
    const period = { AggregationPeriod: "FOURTEEN_DAYS" } as const;
    expect(counts(summarise(JOBS, { ...period, State: "FAILED" }, at))).toEqual(["14d FAILED EFS FAILED 1"]);
    expect(counts(summarise(JOBS, { ...period, State: "ANY", ResourceType: "EFS" }, at)).sort()).toEqual([
      "14d COMPLETED EFS SUCCESS 2",
      "14d FAILED EFS FAILED 1",
    ]);
    expect(
      counts(summarise(JOBS, { ...period, State: "AGGREGATE_ALL", MessageCategory: "AGGREGATE_ALL" }, at)).sort(),
    ).toEqual(["14d AGGREGATE_ALL EBS AGGREGATE_ALL 1", "14d AGGREGATE_ALL EFS AGGREGATE_ALL 3"]);
    expect(summarise(JOBS, { ...period, AccountId: "444455556666" }, at)).toEqual([]);
  });
});
