import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator } from "@cloudhsm-kit/emulator";
import { describe, expect, it } from "vitest";
import { runConformance } from "../src/index.js";
import { loadRecordings } from "../src/recordings/load.js";

describe("a run with recordDir (--record)", () => {
  it("writes the replies it saw as recordings that load, one per operation and outcome", async () => {
    const dir = await mkdtemp(join(tmpdir(), "conformance-record-"));
    const emulator = await startEmulator({ host: "127.0.0.1", port: 0, log: () => {} });
    try {
      await runConformance({
        endpoint: emulator.url,
        targetName: "reference-emulator",
        checks: ["DESC-FIELDS-001", "DEL-NOTFOUND-001", "WIRE-UNKNOWN-001"],
        recordDir: dir,
      });
      const recordings = await loadRecordings(dir);
      const operations = new Set(recordings.map((r) => r.operation));
      for (const op of ["DescribeBackups", "DeleteBackup", "RestoreBackup"]) {
        expect(operations, op).toContain(op);
      }
      expect(recordings.every((r) => r.id.startsWith("reference-emulator."))).toBe(true);
    } finally {
      await emulator.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
