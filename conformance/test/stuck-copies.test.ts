import { startEmulator } from "@cloudhsm-kit/emulator";
import { describe, expect, it } from "vitest";
import { runConformance } from "../src/index.js";
import { defineFault } from "./fault-proxy/fault.js";
import { BACKUP_REPLIES, rewritingBackups } from "./fault-proxy/faults/backup-replies.js";
import { startFaultProxy } from "./fault-proxy/proxy-server.js";
import { isCopy } from "./fault-proxy/wire-json.js";

/** A target whose copies never complete: every copy is listed CREATE_IN_PROGRESS forever. */
const copiesNeverComplete = defineFault({
  name: "copies-never-complete",
  breaks: "A copied backup becomes READY when the copy completes",
  level: "required",
  source: "copy-backup-to-region.html",
  groups: ["status-transitions", "copy-results"],
  operations: BACKUP_REPLIES,
  create: rewritingBackups((b) =>
    isCopy(b) && b.BackupState === "READY" ? { ...b, BackupState: "CREATE_IN_PROGRESS" } : undefined,
  ),
});

describe("a fixture that cannot be made", () => {
  it("fails the check that owns the behaviour and blocks the checks that only need it, at once, with its evidence", async () => {
    const emulator = await startEmulator({ host: "127.0.0.1", port: 0, log: () => {} });
    const proxy = await startFaultProxy({ upstream: emulator.url, fault: copiesNeverComplete });
    try {
      const run = await runConformance({
        endpoint: proxy.url,
        checks: ["STATE-COPY-002", "COPY-OUT-002", "COPY-OUT-003", "COPY-OUT-004", "CC-BACKUP-005"],
        timing: { pollIntervalMs: 50, transitionTimeoutMs: 1_000 },
      });
      const status = Object.fromEntries(run.results.map((r) => [r.id, r.status]));
      expect(status["STATE-COPY-002"]).toBe("fail");
      for (const id of ["COPY-OUT-002", "COPY-OUT-003", "COPY-OUT-004", "CC-BACKUP-005"]) {
        expect(status[id], id).toBe("blocked");
      }
      const blocked = run.results.filter((r) => r.status === "blocked");
      for (const r of blocked) {
        expect(r.reason).toContain('blocked by the fixture "a copy into us-west-2 that becomes READY"');
        expect(r.reason).toContain("not reached within 1000 ms");
      }
    } finally {
      await proxy.close();
      await emulator.close();
    }
  }, 60_000);
});
