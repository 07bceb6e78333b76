import { describe, expect, it } from "vitest";
import { classify, summarise } from "../runner/classify.js";
import type { RunResult } from "../runner/types.js";
import { TerminalProgress, took } from "./terminal.js";

const results = [
  classify(
    {
      id: "TAG-ADD-001",
      service: "cloudhsmv2",
      group: "tags",
      level: "required",
      title: "TagResource adds tags",
      citations: [{ url: "https://docs.example/t", quote: "Adds or overwrites tags", kind: "current" }],
    },
    { outcome: "passed", notes: [], durationMs: 12 },
    undefined,
  ),
];
const run: RunResult = {
  runId: "run-1",
  target: { name: undefined, endpoint: "http://127.0.0.1:1", regions: { primary: "us-east-1" }, control: undefined },
  startedAt: "2026-01-01T00:00:00.000Z",
  finishedAt: "2026-01-01T00:00:07.000Z",
  results,
  summary: summarise(results),
  cleanupFailures: [],
};

function summaryOf(result: RunResult): string {
  let text = "";
  new TerminalProgress((t) => {
    text += t;
  }, false).summary(result, ["results.json"]);
  return text;
}

describe("took", () => {
  it("says the wall time in seconds with one decimal, and nothing for a run that does not know it", () => {
    expect(took({ wallTimeMs: 7_949 })).toBe("; took 7.9 s");
    expect(took({ wallTimeMs: 12_960 })).toBe("; took 13.0 s");
    expect(took({})).toBe("");
  });
});

describe("TerminalProgress.summary", () => {
  it("ends the verdict line with the run's wall time", () => {
    expect(summaryOf({ ...run, wallTimeMs: 7_412 })).toContain(
      "PASSED: 1 passed, 0 failing the run, 0 advisory differences, 0 known, 0 stale, 0 skipped, 0 blocked; took 7.4 s\n",
    );
  });

  it("leaves the wall time out of a run that has none (a merged report)", () => {
    expect(summaryOf(run)).toContain("0 skipped, 0 blocked\nreports: results.json\n");
  });
});
