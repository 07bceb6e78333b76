import { describe, expect, it } from "vitest";
import { REGISTRY } from "../index.js";
import { backupService } from "./index.js";

const checks = REGISTRY.checks.filter((c) => c.service === "backup");
/** Groups whose checks wait with t.waitFor on the public API alone, with no control protocol. */
const PUBLIC_API_GROUPS: string[] = ["backup-list-filters", "backup-copy-job-summaries", "backup-validation"];

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

  it("need the control protocol or billable for everything that makes a recovery point, and nothing else", () => {
    // The groups that wait on the public API alone (t.waitFor) are asserted below.
    const publicApi = checks
      .filter(
        (c) => !c.needs.includes("control") && !c.needs.includes("billable") && !PUBLIC_API_GROUPS.includes(c.group),
      )
      .map((c) => c.id);
    expect(publicApi.sort()).toEqual(
      [
        // These make recovery points but only wait on them: billable, not control.
        "BKP-FAIL-LOCK-001",
        "BKP-FAIL-LOCK-002",
        "BKP-FAIL-LOCK-003",
        "BKP-FAIL-LOCK-004",
        "BKP-FAIL-NOVAULT-001",
        "BKP-FAIL-QUEUE-001",
        "BKP-FAIL-QUEUE-002",
        "BKP-SCHEMA-CREATE-BACKUP-VAULT-001",
        "BKP-SCHEMA-DELETE-BACKUP-VAULT-001",
        "BKP-SCHEMA-DESCRIBE-BACKUP-VAULT-001",
        "BKP-SCHEMA-DESCRIBE-REGION-SETTINGS-001",
        "BKP-SCHEMA-ERROR-001",
        "BKP-SCHEMA-LIST-COPY-JOBS-001",
        "BKP-PLAN-COPY-LC-001",
        "BKP-PLAN-COPY-LC-002",
        "BKP-PLAN-DELETE-001",
        "BKP-PLAN-DELETE-002",
        "BKP-PLAN-DEST-ARN-001",
        "BKP-PLAN-IDEMPOTENCY-001",
        "BKP-PLAN-LIST-001",
        "BKP-PLAN-ROUNDTRIP-001",
        "BKP-PLAN-RULE-LC-001",
        "BKP-PLAN-RULE-LC-002",
        "BKP-PLAN-RULE-LC-003",
        "BKP-PLAN-UPDATE-001",
        "BKP-PLAN-UPDATE-LC-001",
        "BKP-PLAN-WINDOW-001",
        "BKP-PLAN-WINDOW-002",
        "BKP-PLAN-WINDOW-003",
        "BKP-WIRE-ERRTYPE-001",
        "BKP-WIRE-STATUS-001",
        "BKP-WIRE-STATUS-002",
        "BKP-WIRE-URI-001",
      ].sort(),
    );
  });

  it("validate input and list jobs without the control protocol, billable where they make something", () => {
    const own = checks.filter((c) => PUBLIC_API_GROUPS.includes(c.group));
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((c) => c.needs.includes("control")).map((c) => c.id)).toEqual([]);
    const billable = own.filter((c) => c.needs.includes("billable")).map((c) => c.id);
    expect(billable).toEqual(expect.arrayContaining(["BKP-VAL-START-COPY-JOB-001", "BKP-VAL-START-BACKUP-JOB-001"]));
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
