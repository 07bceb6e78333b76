import { startEmulator } from "@cloudhsm-kit/emulator";
import { describe, expect, it } from "vitest";
import { runConformance } from "../src/runner/run.js";

/**
 * The reference emulator against the whole suite through the programmatic runner: zero false alarms, and no
 * required or legacy check hidden behind a skip — everything the suite can check, it checks.
 */
describe("the reference emulator", () => {
  it("passes every required and legacy check with the legacy ClusterId option on", async () => {
    const emulator = await startEmulator({ host: "127.0.0.1", port: 0, legacyClusterIdCopy: true });
    try {
      const run = await runConformance({ endpoint: emulator.url, expectations: {} });
      const failing = run.results.filter((r) => r.failsRun).map((r) => `${r.id}: ${r.reason}`);
      expect(failing).toEqual([]);
      const skipped = run.results.filter((r) => r.status === "skip" && r.level !== "advisory").map((r) => r.id);
      // The BKP-PART-SEED checks are for targets that declare the AWS Backup seed page's rules; the emulator has
      // today's unless started with --legacy-backup-seed.
      expect(skipped).toEqual([
        "IDP-CLUSTER-001",
        "BKP-PART-SEED-001",
        "BKP-PART-SEED-002",
        "BKP-PART-SEED-003",
        "BKP-PART-SEED-004",
      ]);
      const legacy = run.results.filter((r) => r.level === "legacy" && r.service === "cloudhsmv2");
      expect(legacy.every((r) => r.status === "pass")).toBe(true);
      expect(run.cleanupFailures).toEqual([]);
      const cleanupNotes = run.results.flatMap((r) =>
        r.notes.filter((n) => n.startsWith("cleanup")).map((n) => `${r.id}: ${n}`),
      );
      expect(cleanupNotes).toEqual([]);
    } finally {
      await emulator.close();
    }
  }, 120_000);

  it("rejects a ClusterId-only copy and skips the legacy checks with the option off", async () => {
    const emulator = await startEmulator({ host: "127.0.0.1", port: 0 });
    try {
      const run = await runConformance({ endpoint: emulator.url, groups: ["id-precedence"] });
      const byId = new Map(run.results.map((r) => [r.id, r]));
      expect(byId.get("IDP-CLUSTER-001")?.status).toBe("pass");
      for (const r of run.results.filter((x) => x.level === "legacy")) {
        expect(r.status, r.id).toBe("skip");
        expect(r.reason).toContain("ClusterId option");
      }
    } finally {
      await emulator.close();
    }
  }, 60_000);
});

describe("expectations against a real run", () => {
  it("reports a declared failure that passes as stale and skips what they say to skip", async () => {
    const emulator = await startEmulator({ host: "127.0.0.1", port: 0, legacyClusterIdCopy: true });
    try {
      const run = await runConformance({
        endpoint: emulator.url,
        checks: ["TAG-ADD-001", "TAG-OVERWRITE-001"],
        expectations: {
          "TAG-ADD-001": { status: "fails", reason: "declared broken" },
          "TAG-OVERWRITE-001": { status: "skip", reason: "not today" },
        },
      });
      const byId = new Map(run.results.map((r) => [r.id, r]));
      expect(byId.get("TAG-ADD-001")).toMatchObject({ status: "stale", failsRun: false });
      expect(byId.get("TAG-OVERWRITE-001")).toMatchObject({ status: "skip", reason: "expectations: not today" });
    } finally {
      await emulator.close();
    }
  }, 60_000);
});
