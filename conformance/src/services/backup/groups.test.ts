import { describe, expect, it } from "vitest";
import type { Capability } from "../../registry/capability.js";
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

  it("need the control protocol only where they call it: days of emulated time, a rule run now, a copy failed on purpose", () => {
    const control = checks.filter((c) => c.needs.includes("control")).map((c) => c.id);
    expect(control.sort()).toEqual(
      [
        // A recovery point moves to cold storage after days.
        "BKP-FAIL-COLD-001",
        "BKP-FAIL-COLD-002",
        // A continuous backup is made by a plan's rule, run now.
        "BKP-FAIL-CONT-001",
        "BKP-FAIL-CONT-002",
        // A copy job failed on purpose.
        "BKP-FAIL-INJECT-001",
        "BKP-FAIL-INJECT-002",
        // A plan's rule run now.
        "BKP-PLAN-RUN-001",
        "BKP-PLAN-RUN-COPY-001",
        "BKP-PLAN-RUN-COPY-002",
        "BKP-PLAN-RUN-DEST-001",
        "BKP-PLAN-RUN-NOCOPY-001",
      ].sort(),
    );
    expect(checks.every((c) => (c.validated.status === "emulator-only") === c.needs.includes("control"))).toBe(true);
  });

  it("need billable and something to back up wherever they make a recovery point", () => {
    // A validation check is billable only because a wrongly accepted request would make something; a check that
    // needs the control protocol runs only on an emulator, where any resource ARN can be backed up.
    const makesPoints = checks.filter(
      (c) => c.needs.includes("billable") && c.group !== "backup-validation" && !c.needs.includes("control"),
    );
    const RESOURCES: Capability[] = ["backup-resource", "backup-dynamodb-table", "backup-invented-resources"];
    const withoutResource = makesPoints.filter((c) => !RESOURCES.some((n) => c.needs.includes(n)));
    expect(withoutResource.map((c) => c.id)).toEqual([]);
    const ddb = checks.filter((c) => c.needs.includes("backup-dynamodb-table")).map((c) => c.id);
    expect(ddb.sort()).toEqual(["BKP-PART-DDB-001", "BKP-PART-DDB-002", "BKP-PART-SEED-001"]);
  });

  it("need nothing billable to check plans, wire rules, the replies and the input of free operations", () => {
    const free = checks.filter((c) => !c.needs.includes("billable")).map((c) => c.id);
    const byGroup = (prefix: string) => free.filter((id) => id.startsWith(prefix));
    expect(byGroup("BKP-PLAN-").length).toBe(16);
    expect(byGroup("BKP-WIRE-")).toEqual(checks.filter((c) => c.group === "backup-wire").map((c) => c.id));
    expect(byGroup("BKP-SCHEMA-").sort()).toEqual(
      [
        "BKP-SCHEMA-CREATE-BACKUP-VAULT-001",
        "BKP-SCHEMA-DELETE-BACKUP-VAULT-001",
        "BKP-SCHEMA-DESCRIBE-BACKUP-VAULT-001",
        "BKP-SCHEMA-DESCRIBE-REGION-SETTINGS-001",
        "BKP-SCHEMA-ERROR-001",
        "BKP-SCHEMA-LIST-COPY-JOBS-001",
      ].sort(),
    );
    expect(free.filter((id) => !/^BKP-(PLAN|WIRE|SCHEMA|VAL)-/.test(id))).toEqual([]);
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
