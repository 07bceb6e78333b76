import { backup } from "@cloudhsm-kit/spec";
import { loadServiceDocument } from "@cloudhsm-kit/spec/validation";
import { describe, expect, it } from "vitest";
import { restOperationsOf, restRequestSchemas } from "./rest-operations.js";

const doc = loadServiceDocument("backup");
const operations = Object.values(backup.operations);

describe("REST operations from a service's descriptor and document", () => {
  it("types each path and query member from its schema", () => {
    const list = restOperationsOf(doc, operations).find((o) => o.name === "ListCopyJobs");
    expect(list?.uri).toBe("/copy-jobs/");
    const types = Object.fromEntries(list?.parameters.map((p) => [p.member, p.type]) ?? []);
    expect(types).toMatchObject({ MaxResults: "integer", ByCreatedAfter: "timestamp", ByState: "string" });
    const plans = restOperationsOf(doc, operations).find((o) => o.name === "ListBackupPlans");
    expect(plans?.parameters.find((p) => p.member === "IncludeDeleted")?.type).toBe("boolean");
  });

  it("builds <Op>Request schemas holding body, path and query members", () => {
    const schemas = restRequestSchemas(doc, operations);
    const create = schemas.CreateBackupVaultRequest as { required: string[]; properties: Record<string, unknown> };
    expect(create.required).toContain("BackupVaultName");
    const list = schemas.ListCopyJobsRequest as { properties: Record<string, unknown> };
    expect(list.properties.ByCreatedAfter).toEqual({ type: "number" });
  });
});
