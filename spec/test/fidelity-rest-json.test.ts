import { describe, expect, it } from "vitest";
import { type BundledSpec, checkFidelity } from "../src/fidelity/index.js";
import type { BotocoreModel } from "../src/fidelity/types.js";
import { loadModel, loadSpec } from "./load.js";

// biome-ignore lint/suspicious/noExplicitAny: the tests reach into the bundled document by path.
type Json = Record<string, any>;

/** The differences once the AWS Backup model (`alterModel`) or its spec (`alterSpec`) is changed. */
function differencesAfter(alterModel: (m: BotocoreModel) => void, alterSpec: (s: Json) => void = () => {}) {
  const model = loadModel("backup");
  const spec = loadSpec("backup");
  alterModel(model);
  alterSpec(spec as Json);
  return checkFidelity(model, spec as BundledSpec).differences.map((d) => `${d.at}: ${d.what}`);
}
const noChange = () => {};

describe("the REST JSON fidelity gate (AWS Backup)", () => {
  it("compares only the operations the spec lists and the shapes they reach", () => {
    const model = loadModel("backup");
    expect(Object.keys(model.operations).length).toBeGreaterThan(35);
    expect(checkFidelity(model, loadSpec("backup")).compared.operations).toBe(35);
  });

  it("a listed operation the model does not have", () => {
    const differences = differencesAfter(noChange, (s) => s.info["x-aws-model"].operations.push("CopyEverything"));
    expect(differences).toEqual([
      "Operation CopyEverything: listed in info.x-aws-model.operations but not in AWS's model",
    ]);
  });

  it("a changed request URI (the trailing-slash form)", () => {
    const differences = differencesAfter((m) => {
      (m.operations.StartCopyJob as Json).http.requestUri = "/copy-jobs/";
    });
    expect(differences).toEqual(["Operation StartCopyJob: HTTP binding"]);
  });

  it("a renamed and a new query member", () => {
    const differences = differencesAfter((m) => {
      const input = m.shapes.ListCopyJobsInput?.members as Json;
      input.ByState.locationName = "copyJobState";
      input.ByVaultType = { shape: "VaultType", location: "querystring", locationName: "vaultType" };
    });
    expect(differences.sort()).toEqual([
      "ListCopyJobsInput.ByState: member missing from the spec",
      "ListCopyJobsInput.ByState: query parameter copyJobState missing",
      "ListCopyJobsInput.ByVaultType: member missing from the spec",
      "ListCopyJobsInput.ByVaultType: query parameter vaultType missing",
      "Operation ListCopyJobs: query parameter state not in AWS's model",
    ]);
  });

  it("a body member that moves to the query string", () => {
    const differences = differencesAfter((m) => {
      const member = (m.shapes.StartCopyJobInput as Json).members.IdempotencyToken;
      Object.assign(member, { location: "querystring", locationName: "idempotencyToken" });
    });
    expect(differences).toContain("StartCopyJobInput.IdempotencyToken: query parameter idempotencyToken missing");
  });

  it("a parameter that names another member", () => {
    const differences = differencesAfter(noChange, (s) => {
      const parameters: Json[] = s.paths["/copy-jobs/"].get.parameters;
      (parameters.find((p) => p.name === "state") as Json)["x-aws-member"] = "State";
    });
    expect(differences).toEqual(["ListCopyJobsInput.ByState: query parameter's member (x-aws-member)"]);
  });

  it("an idempotency token the spec does not mark", () => {
    const differences = differencesAfter((m) => {
      (m.shapes.CreateBackupVaultInput as Json).members.BackupVaultTags.idempotencyToken = true;
    });
    expect(differences).toEqual([
      "CreateBackupVaultInput.BackupVaultTags: idempotency token (x-aws-idempotency-token)",
    ]);
  });

  it("an error with its own HTTP status", () => {
    const differences = differencesAfter((m) => {
      (m.shapes.LimitExceededException as Json).error = { httpStatusCode: 429 };
    });
    expect(differences).toContain("Operation StartCopyJob: error statuses");
    expect(differences).toContain("Operation StartCopyJob: errors sent with HTTP 400");
  });

  it("a query timestamp written as epoch seconds", () => {
    const differences = differencesAfter(noChange, (s) => {
      const parameters: Json[] = s.paths["/copy-jobs/"].get.parameters;
      const createdBefore = parameters.find((p) => p.name === "createdBefore") as Json;
      createdBefore.schema = { $ref: "#/components/schemas/timestamp" };
    });
    expect(differences).toEqual(["ListCopyJobsInput.ByCreatedBefore: timestamp parameter is an ISO 8601 string"]);
  });

  it("an X-Amzn-ErrorType header that leaves an error out", () => {
    const differences = differencesAfter(noChange, (s) => {
      s.paths["/copy-jobs"].put.responses["400"].headers["X-Amzn-ErrorType"].schema.enum.pop();
    });
    expect(differences).toEqual([
      "Operation StartCopyJob: X-Amzn-ErrorType header of HTTP 400 (required, naming those errors)",
    ]);
  });

  it("an error body with a __type member, which REST JSON does not send", () => {
    const differences = differencesAfter(noChange, (s) => {
      s.components.schemas.ResourceNotFoundException.properties.__type = { type: "string" };
    });
    expect(differences).toEqual([
      "ResourceNotFoundException.__type: error member not in AWS's model nor part of the protocol's error form",
    ]);
  });

  it("a path member that is also written into the body", () => {
    const differences = differencesAfter(noChange, (s) => {
      s.components.schemas.CreateBackupVaultInput.properties.BackupVaultName = {
        $ref: "#/components/schemas/BackupVaultName",
      };
    });
    expect(differences).toEqual(["CreateBackupVaultInput.BackupVaultName: bound to the path yet also a body member"]);
  });

  it("a pattern compared with its \\_ written as _ (the u flag refuses the escape)", () => {
    const differences = differencesAfter((m) => {
      (m.shapes.BackupVaultName as Json).pattern = "^[a-zA-Z0-9\\-\\_]{2,64}$";
    });
    expect(differences).toEqual(["BackupVaultName: pattern (anchored)"]);
  });
});
