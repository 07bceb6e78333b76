import { describe, expect, it } from "vitest";
import { classify, summarise } from "./classify.js";
import type { CheckMeta, ExecutedCheck } from "./types.js";

const meta = (level: CheckMeta["level"]): CheckMeta => ({
  id: "TAG-ADD-001",
  service: "cloudhsmv2",
  group: "tags",
  level,
  title: "TagResource adds tags",
  citations: [{ url: "https://example.com", quote: "q", kind: "current" }],
});
const ran = (outcome: ExecutedCheck["outcome"], reason?: string): ExecutedCheck => ({
  outcome,
  ...(reason ? { reason } : {}),
  notes: [],
  durationMs: 1,
});

describe("classify", () => {
  it("fails the run only for a required or legacy failure that no expectation declares", () => {
    expect(classify(meta("required"), ran("failed", "x"), undefined)).toMatchObject({ status: "fail", failsRun: true });
    expect(classify(meta("legacy"), ran("failed", "x"), undefined)).toMatchObject({ status: "fail", failsRun: true });
    expect(classify(meta("advisory"), ran("failed", "x"), undefined)).toMatchObject({
      status: "fail",
      failsRun: false,
    });
    expect(classify(meta("required"), ran("skipped", "needs x"), undefined)).toMatchObject({
      status: "skip",
      reason: "needs x",
      failsRun: false,
    });
    expect(classify(meta("required"), ran("passed"), undefined)).toMatchObject({ status: "pass", failsRun: false });
  });

  it("reports a declared failure as known and a declared failure that passes as stale", () => {
    const expectation = { status: "fails" as const, reason: "ListTags ignores MaxResults" };
    const known = classify(meta("required"), ran("failed", "HTTP 500"), expectation);
    expect(known).toMatchObject({ status: "known", failsRun: false });
    expect(known.reason).toContain("ListTags ignores MaxResults");
    const stale = classify(meta("required"), ran("passed"), expectation);
    expect(stale).toMatchObject({ status: "stale", failsRun: false });
    expect(stale.reason).toContain("remove the expectation");
  });

  it("carries the exchanges of a result that is not a pass, and none for a pass", () => {
    const exchanges = [{ method: "POST", path: "/", status: 500, replyBody: "<html>" }];
    const failed = { ...ran("failed", "HTTP 500"), exchanges };
    expect(classify(meta("required"), failed, undefined).exchanges).toEqual(exchanges);
    expect(classify(meta("required"), failed, { status: "fails", reason: "r" }).exchanges).toEqual(exchanges);
    expect(classify(meta("required"), { ...ran("passed"), exchanges }, undefined)).not.toHaveProperty("exchanges");
  });

  it("counts results by status", () => {
    const s = summarise([
      classify(meta("required"), ran("passed"), undefined),
      classify(meta("advisory"), ran("failed"), undefined),
      classify(meta("required"), ran("failed"), undefined),
    ]);
    expect(s).toMatchObject({ total: 3, failsRun: 1, advisoryDifferences: 1 });
    expect(s.byStatus).toMatchObject({ pass: 1, fail: 2 });
  });

  it("names the golden recordings of real replies a check rests on", () => {
    const empty = classify({ ...meta("required"), id: "TAG-EMPTY-001" }, ran("passed"), undefined);
    expect(empty.recordings).toContain("cloud-custodian.describe-backups.two-ready-two-pending-deletion");
    expect(classify({ ...meta("required"), id: "VAL-NAME-001" }, ran("passed"), undefined)).not.toHaveProperty(
      "recordings",
    );
  });
});
