import { describe, expect, it } from "vitest";
import type { CheckResult, RunResult } from "../runner/types.js";
import { mergeShards } from "./merge.js";

const result = (id: string, status: CheckResult["status"] = "pass"): CheckResult => ({
  id,
  service: "cloudhsmv2",
  group: id.startsWith("SCHEMA") ? "schema" : "tags",
  level: "required",
  title: id,
  citations: [],
  outcome: status === "pass" || status === "stale" ? "passed" : status === "skip" ? "skipped" : "failed",
  status,
  notes: [],
  durationMs: 1,
  failsRun: status === "fail",
});

const shard = (index: number, count: number, results: CheckResult[], violations: RunResult["violations"] = []) =>
  ({
    runId: "run-1",
    target: { name: "t", endpoint: "http://127.0.0.1:1", regions: { primary: "us-east-1" }, control: undefined },
    startedAt: `2026-12-04T00:0${index}:00Z`,
    finishedAt: `2026-12-04T00:0${index}:30Z`,
    results,
    summary: {
      total: 0,
      byStatus: { pass: 0, fail: 0, skip: 0, known: 0, stale: 0, blocked: 0 },
      advisoryDifferences: 0,
      failsRun: 0,
    },
    cleanupFailures: [],
    violations,
    shard: { index, count },
  }) as RunResult;

describe("mergeShards", () => {
  it("puts the shards' results in registry order with one summary", () => {
    const merged = mergeShards([
      shard(2, 2, [result("SCHEMA-LIST-TAGS-001"), result("TAG-UNTAG-001", "fail")]),
      shard(1, 2, [result("TAG-ADD-001")]),
    ]);
    expect(merged.results.map((r) => r.id)).toEqual(["TAG-ADD-001", "TAG-UNTAG-001", "SCHEMA-LIST-TAGS-001"]);
    expect(merged.summary).toMatchObject({ total: 3, failsRun: 1 });
    expect(merged.startedAt).toBe("2026-12-04T00:01:00Z");
  });

  it("judges a SCHEMA check on the replies every shard saw", () => {
    const bad = { operation: "ListTags", status: 200, problems: ["/TagList is required"], checkId: "TAG-ADD-001" };
    const merged = mergeShards([
      shard(1, 2, [result("TAG-ADD-001")], [bad]),
      shard(2, 2, [result("SCHEMA-LIST-TAGS-001")]),
    ]);
    const schema = merged.results.find((r) => r.id === "SCHEMA-LIST-TAGS-001");
    expect(schema).toMatchObject({ status: "fail", failsRun: true });
    expect(schema?.reason).toContain("seen by TAG-ADD-001");
  });

  it("refuses shards that do not make one whole run", () => {
    expect(() => mergeShards([])).toThrow("nothing to merge");
    expect(() => mergeShards([shard(1, 3, [])])).toThrow("shard 2/3, 3/3 is missing");
    expect(() => mergeShards([shard(1, 2, []), shard(1, 2, [])])).toThrow("shard 1/2 is given twice");
    expect(() => mergeShards([shard(1, 2, []), shard(2, 3, [])])).toThrow("from a run in 2 shards");
    expect(() => mergeShards([shard(1, 2, [result("TAG-ADD-001")]), shard(2, 2, [result("TAG-ADD-001")])])).toThrow(
      "TAG-ADD-001 is reported by more than one shard",
    );
    expect(() => mergeShards([{ ...shard(1, 1, []), shard: undefined } as RunResult])).toThrow("is not a shard");
  });
});
