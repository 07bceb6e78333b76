import { describe, expect, it } from "vitest";
import { REGISTRY } from "../index.js";
import { backupService } from "./index.js";

const checks = REGISTRY.checks.filter((c) => c.service === "backup");

describe("the AWS Backup checks", () => {
  it("are registered as the service backup, after CloudHSM v2, in groups of their own", () => {
    expect(REGISTRY.services.map((s) => s.id)).toEqual(["cloudhsmv2", "backup"]);
    expect(checks.length).toBe(backupService.groups.flatMap((g) => g.checks).length);
    const groups = REGISTRY.groups.filter((g) => g.service === "backup");
    expect(groups.every((g) => g.id.startsWith("backup-") && g.prefix.startsWith("BKP-"))).toBe(true);
    const cloudHsmGroups = new Set(REGISTRY.groups.filter((g) => g.service === "cloudhsmv2").map((g) => g.id));
    expect(groups.filter((g) => cloudHsmGroups.has(g.id))).toEqual([]);
  });

  it("each carry their group's id prefix", () => {
    const prefixes = new Map(REGISTRY.groups.map((g) => [g.id, g.prefix]));
    for (const c of checks) {
      expect(c.id.startsWith(`${prefixes.get(c.group)}-`), c.id).toBe(true);
    }
  });

  it("never need the control protocol: they wait in real time where it is missing", () => {
    expect(checks.filter((c) => c.needs.includes("control")).map((c) => c.id)).toEqual([]);
    expect(checks.every((c) => c.validated.status !== "emulator-only")).toBe(true);
  });

  it("need billable and a resource for everything that makes a recovery point, and nothing else", () => {
    const free = checks.filter((c) => !c.needs.includes("billable")).map((c) => c.id);
    expect(free.sort()).toEqual(
      [
        "BKP-SCHEMA-CREATE-BACKUP-VAULT-001",
        "BKP-SCHEMA-DELETE-BACKUP-VAULT-001",
        "BKP-SCHEMA-DESCRIBE-BACKUP-VAULT-001",
        "BKP-SCHEMA-DESCRIBE-REGION-SETTINGS-001",
        "BKP-SCHEMA-ERROR-001",
        "BKP-SCHEMA-LIST-COPY-JOBS-001",
        "BKP-WIRE-ERRTYPE-001",
        "BKP-WIRE-STATUS-001",
        "BKP-WIRE-STATUS-002",
        "BKP-WIRE-URI-001",
      ].sort(),
    );
    const billable = checks.filter((c) => c.needs.includes("billable"));
    const ddb = billable.filter((c) => c.id.startsWith("BKP-PART-DDB-") || c.id === "BKP-PART-SEED-001");
    expect(ddb.map((c) => c.id).sort()).toEqual(["BKP-PART-DDB-001", "BKP-PART-DDB-002", "BKP-PART-SEED-001"]);
    for (const c of billable) {
      expect(c.needs, c.id).toContain(ddb.includes(c) ? "backup-dynamodb-table" : "backup-resource");
    }
  });

  it("judge the run's replies only for AWS Backup in the SCHEMA group", () => {
    const schema = checks.filter((c) => c.group === "backup-schema");
    const cloudHsmReply = { operation: "DescribeCopyJob", status: 500, problems: ["x"] };
    const backupReply = { ...cloudHsmReply, service: "backup" };
    const errors = schema.find((c) => c.id === "BKP-SCHEMA-ERROR-001");
    expect(errors?.judgeRun?.([cloudHsmReply])).toBeUndefined();
    expect(errors?.judgeRun?.([backupReply])).toContain("error replies did not match");
    const cloudHsmError = REGISTRY.checks.find((c) => c.id === "SCHEMA-ERROR-001");
    expect(cloudHsmError?.judgeRun?.([backupReply])).toBeUndefined();
  });
});
