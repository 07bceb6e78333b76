import { describe, expect, it } from "vitest";
import { checkFidelity, DECLARED_EXTENSIONS, formatCounts, formatDifferences } from "../src/fidelity/index.js";
import { SERVICE_IDS } from "../src/service-ids.js";
import { loadModel, loadModelInScope, loadSpec } from "./load.js";

describe.each(SERVICE_IDS)("the bundled spec of %s against AWS's model (services/<id>/aws-model)", (service) => {
  it("agrees member by member", () => {
    const report = checkFidelity(loadModel(service), loadSpec(service), DECLARED_EXTENSIONS[service]);
    console.log(`fidelity of ${service}: ${formatCounts(report)}`);
    expect(formatDifferences(report)).toBe("");
    const inScope = loadModelInScope(service);
    expect(report.compared.operations).toBe(Object.keys(inScope.operations).length);
    expect(report.compared.shapes).toBe(Object.keys(inScope.shapes).length);
    expect(report.compared.declaredExtensions).toBe(DECLARED_EXTENSIONS[service].length);
  });
});

describe("the CloudHSM v2 spec", () => {
  it("has the 18 operations and the one declared extension of its model version", () => {
    const report = checkFidelity(loadModel(), loadSpec(), DECLARED_EXTENSIONS.cloudhsmv2);
    expect(report.compared.operations).toBe(18);
    expect(report.compared.declaredExtensions).toBe(1);
  });
});

const EXTENSIONS = DECLARED_EXTENSIONS.cloudhsmv2;

describe("drift in a newer model shows up as a precise difference", () => {
  const differencesAfter = (alter: (model: ReturnType<typeof loadModel>) => void) => {
    const model = loadModel();
    alter(model);
    return checkFidelity(model, loadSpec(), EXTENSIONS).differences;
  };

  it("a new operation", () => {
    const differences = differencesAfter((m) => {
      m.operations.ExportBackup = { name: "ExportBackup", http: { method: "POST", requestUri: "/" } };
    });
    expect(differences).toContainEqual(
      expect.objectContaining({ at: "Operation ExportBackup", what: "operation missing from the spec" }),
    );
  });

  it("a changed pattern", () => {
    const differences = differencesAfter((m) => {
      m.shapes.BackupId = { ...m.shapes.BackupId, type: "string", pattern: "backup-[2-7a-zA-Z]{11,20}" };
    });
    expect(differences).toEqual([
      {
        at: "BackupId",
        what: "pattern (anchored)",
        model: "^backup-[2-7a-zA-Z]{11,20}$",
        spec: "^backup-[2-7a-zA-Z]{11,16}$",
      },
    ]);
  });

  it("a new enum value", () => {
    const differences = differencesAfter((m) => {
      m.shapes.BackupState?.enum?.push("ARCHIVED");
    });
    expect(differences).toEqual([expect.objectContaining({ at: "BackupState", what: "enum values" })]);
  });

  it("a member that becomes required", () => {
    const differences = differencesAfter((m) => {
      m.shapes.ModifyClusterRequest?.required?.push("BackupRetentionPolicy");
    });
    expect(differences).toEqual([
      expect.objectContaining({
        at: "ModifyClusterRequest",
        what: "required members",
        model: ["BackupRetentionPolicy", "ClusterId"],
        spec: ["ClusterId"],
      }),
    ]);
  });

  it("a new member, a changed bound and a new error", () => {
    const differences = differencesAfter((m) => {
      const request = m.shapes.DescribeBackupsRequest;
      if (request?.members) {
        request.members.Region = { shape: "Region" };
      }
      m.shapes.BackupsMaxSize = { type: "integer", min: 1, max: 100 };
      m.operations.DeleteBackup?.errors?.push({ shape: "CloudHsmTagException" });
    });
    expect(differences.map((d) => `${d.at}: ${d.what}`).sort()).toEqual([
      "BackupsMaxSize: maximum range",
      "DescribeBackupsRequest.Region: member missing from the spec",
      "Operation DeleteBackup: client errors (HTTP 400)",
    ]);
  });

  it("an error that becomes a server fault must move from the 400 reply to the 500 reply", () => {
    const differences = differencesAfter((m) => {
      const denied = m.shapes.CloudHsmAccessDeniedException;
      if (denied) {
        denied.fault = true;
      }
    });
    expect(differences.filter((d) => d.at === "Operation DeleteBackup")).toEqual([
      expect.objectContaining({ what: "client errors (HTTP 400)" }),
      expect.objectContaining({
        what: "server faults (HTTP 500)",
        model: ["CloudHsmAccessDeniedException", "CloudHsmInternalFailureException"],
        spec: ["CloudHsmInternalFailureException"],
      }),
    ]);
  });

  it("a new protocol, JSON version or signing name", () => {
    const differences = differencesAfter((m) => {
      m.metadata.jsonVersion = "1.0";
      m.metadata.signingName = "cloudhsmv3";
      m.metadata.apiVersion = "2026-01-01";
    });
    expect(differences.map((d) => d.what).sort()).toEqual([
      "API version (info.version)",
      "media type of every body",
      "protocol (info.x-aws-service.protocol)",
      "signing name (info.x-aws-service.signingName)",
    ]);
  });

  it("an ARN pattern in another namespace", () => {
    const differences = differencesAfter((m) => {
      m.shapes.BackupArn = { ...m.shapes.BackupArn, type: "string", pattern: "arn:aws:cloudhsmv3:.*" };
    });
    expect(differences).toContainEqual(
      expect.objectContaining({
        at: "BackupArn",
        what: "ARN pattern names the namespace (info.x-aws-service.arnNamespace)",
      }),
    );
  });
});

describe("the spec's own mistakes show up too", () => {
  it("a partition the service is served in, left out", () => {
    const spec = loadSpec();
    if (spec.info) {
      spec.info["x-aws-service"] = { ...spec.info["x-aws-service"], partitions: ["aws", "aws-us-gov"] };
    }
    const differences = checkFidelity(loadModel(), spec, EXTENSIONS).differences;
    expect(differences.map((d) => d.at)).toEqual(["Region cn-north-1", "Region cn-northwest-1"]);
    expect(differences[0]).toMatchObject({
      what: "the model's Region pattern admits a region of aws-cn (model: admitted; spec: served)",
      model: true,
      spec: false,
    });
  });

  const differencesIn = (alter: (spec: ReturnType<typeof loadSpec>) => void) => {
    const spec = loadSpec();
    alter(spec);
    return checkFidelity(loadModel(), spec, EXTENSIONS).differences;
  };

  it("a server fault listed among the 400 errors", () => {
    const differences = differencesIn((spec) => {
      const reply = spec.paths["/#X-Amz-Target=BaldrApiService.DeleteBackup"]?.post?.responses?.["400"];
      const errors = reply?.content?.["application/x-amz-json-1.1"]?.schema?.oneOf;
      errors?.push({ $ref: "#/components/schemas/CloudHsmInternalFailureException" });
    });
    expect(differences).toEqual([
      expect.objectContaining({ at: "Operation DeleteBackup", what: "client errors (HTTP 400)" }),
    ]);
  });

  it("an error member that neither the model nor the AWS JSON error form has", () => {
    const differences = differencesIn((spec) => {
      const error = spec.components.schemas.CloudHsmServiceException;
      if (error?.properties) {
        error.properties.Code = { type: "string" };
      }
    });
    expect(differences).toEqual([
      {
        at: "CloudHsmServiceException.Code",
        what: "error member not in AWS's model nor part of the protocol's error form",
        model: undefined,
        spec: "Code",
      },
    ]);
  });

  it("the legacy ClusterId passes only while it is declared", () => {
    const report = checkFidelity(loadModel(), loadSpec(), []);
    expect(report.differences).toEqual([
      expect.objectContaining({
        at: "CopyBackupToRegionRequest.ClusterId",
        what: "member not in AWS's model and not a declared extension",
      }),
    ]);
  });
});
