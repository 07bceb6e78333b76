import { startEmulator } from "@cloudhsm-kit/emulator";
import { describe, expect, it } from "vitest";
import { runConformance } from "../src/index.js";
import { defineFault } from "./fault-proxy/fault.js";
import { BACKUP_REPLIES, rewritingBackups } from "./fault-proxy/faults/backup-replies.js";
import { startFaultProxy } from "./fault-proxy/proxy-server.js";

/** moto's habit: timestamps as ISO strings instead of epoch seconds, in every backup of every reply. */
const isoTimestamps = defineFault({
  name: "iso-timestamps",
  breaks: "Timestamps are epoch-second numbers",
  level: "required",
  source: "cloudhsmv2-api.md §1",
  groups: ["describe-backups", "schema"],
  operations: BACKUP_REPLIES,
  create: rewritingBackups((b) =>
    typeof b.CreateTimestamp === "number"
      ? { ...b, CreateTimestamp: new Date(b.CreateTimestamp * 1000).toISOString() as unknown as number }
      : undefined,
  ),
});

describe("a reply that breaks the spec", () => {
  it("fails the operation's SCHEMA check, naming the checks that saw it, and is evidence for the others", async () => {
    const emulator = await startEmulator({ host: "127.0.0.1", port: 0, log: () => {} });
    const proxy = await startFaultProxy({ upstream: emulator.url, fault: isoTimestamps });
    try {
      const run = await runConformance({
        endpoint: proxy.url,
        checks: ["DESC-FIELDS-001", "SCHEMA-DESCRIBE-BACKUPS-001"],
      });
      const [fields, schema] = run.results;
      expect(fields?.status, fields?.reason).toBe("pass");
      expect(fields?.notes.join("\n")).toContain("did not match the spec");
      expect(schema?.status).toBe("fail");
      expect(schema?.reason).toContain("CreateTimestamp");
      expect(schema?.reason).toContain("seen by DESC-FIELDS-001");
    } finally {
      await proxy.close();
      await emulator.close();
    }
  }, 60_000);
});
