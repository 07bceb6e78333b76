import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECKS, runConformance } from "../src/index.js";
import type { RunResult } from "../src/runner/types.js";
import { type ByoTarget, startByoTarget } from "./byo-target.js";

/**
 * The path most users take: a target without the control protocol (an emulator in someone's CI, or AWS), holding
 * what its owner made through the public API. The suite must find those backups itself (nothing is named in the
 * config), copy and restore from them what checks change, raise no false alarm, and skip only the checks that
 * need what the public API cannot do: moving time, failing a copy on purpose, activating a cluster.
 */
let target: ByoTarget;
let run: RunResult;

beforeAll(async () => {
  target = await startByoTarget();
  run = await runConformance(target.options);
}, 300_000);

afterAll(async () => {
  await target?.close();
});

describe("a target that offers only the public API (bring your own)", () => {
  it("raises no false alarm, and cleans up after itself", () => {
    expect(run.target.control).toBeUndefined();
    expect(run.results.filter((r) => r.status === "fail").map((r) => `${r.id}: ${r.reason}`)).toEqual([]);
    expect(run.results.filter((r) => r.status === "blocked").map((r) => `${r.id}: ${r.reason}`)).toEqual([]);
    const cleanupNotes = run.results.flatMap((r) =>
      r.notes.filter((n) => n.startsWith("cleanup")).map((n) => `${r.id}: ${n}`),
    );
    expect(cleanupNotes).toEqual([]);
    expect(run.cleanupFailures).toEqual([]);
  });

  it("skips only the checks that need the control protocol, saying so", () => {
    const needControl = new Set(CHECKS.filter((c) => c.needs.includes("control")).map((c) => c.id));
    // Two checks are for targets without the legacy ClusterId option, which this one declares, and one for targets
    // that declare the AWS Backup seed page's behaviour, which this one does not.
    const forOtherTargets = (reason = "") =>
      reason.includes("declares the legacy ClusterId option") || reason.includes("AWS Backup seed page");
    const skipped = run.results.filter((r) => r.status === "skip" && !forOtherTargets(r.reason));
    expect(skipped.filter((r) => !needControl.has(r.id)).map((r) => `${r.id}: ${r.reason}`)).toEqual([]);
    for (const r of skipped) {
      expect(r.reason, r.id).toContain("control protocol");
    }
    expect(skipped.length).toBe(needControl.size);
  });

  it("runs on what the target already has and on copies it makes of that", () => {
    const byId = new Map(run.results.map((r) => [r.id, r]));
    for (const id of [
      "DESC-SORT-001",
      "DESC-PAGE-001",
      "IDP-LEGACY-001",
      "STATE-COPY-001",
      "STATE-COPY-005",
      "BKP-JOB-STATES-001",
      "BKP-LC-UPDATE-002",
      "BKP-LIST-PAGE-001",
    ]) {
      expect(byId.get(id)?.status, `${id}: ${byId.get(id)?.reason}`).toBe("pass");
    }
  });
});
