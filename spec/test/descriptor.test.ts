import { describe, expect, it } from "vitest";
import { cloudHsmV2, cloudHsmV2WireNames } from "../src/descriptor/cloudhsmv2.js";
import { restErrorStatus } from "../src/fidelity/compare-rest-operations.js";
import { ERROR_NAMES, OPERATION_NAMES, pathOf, targetOf } from "../src/operations.js";
import { SERVICE_IDS } from "../src/service-ids.js";
import { SERVICES } from "../src/services.js";
import { loadModelInScope } from "./load.js";

describe.each(SERVICE_IDS)("the descriptor of %s against AWS's model", (id) => {
  const service = SERVICES[id];
  const model = loadModelInScope(id);

  it("has the model's identity", () => {
    const m = model.metadata;
    expect(service).toMatchObject({
      id,
      serviceId: m.serviceId,
      apiVersion: m.apiVersion,
      signingName: m.signingName ?? m.endpointPrefix,
      endpointPrefix: m.endpointPrefix,
    });
    expect(service.targetPrefix).toBe(m.targetPrefix);
  });

  it("has the model's operations, each with its HTTP binding, target, shapes and errors by fault", () => {
    expect(Object.keys(service.operations).sort()).toEqual(Object.keys(model.operations).sort());
    for (const [name, op] of Object.entries(model.operations)) {
      const ours = service.operations[name];
      expect(ours?.http, name).toEqual({ method: op.http.method, uri: op.http.requestUri });
      expect(ours?.target, name).toBe(targetIn(service.targetPrefix, name));
      expect([ours?.input, ours?.output], name).toEqual([op.input?.shape, op.output?.shape]);
      const status = (error: string) => restErrorStatus(model, error);
      const errors = (op.errors ?? []).map((e) => ({ name: e.shape, status: status(e.shape) }));
      expect(ours?.errors, name).toEqual(errors.sort((a, b) => a.name.localeCompare(b.name)));
      expect(ours?.parameters, name).toEqual(bindingsOf(model, op.input?.shape));
      const members = Object.values(model.shapes[op.input?.shape ?? ""]?.members ?? {});
      const hasBody = service.protocol === "restJson1" && members.some((m) => m.location === undefined);
      expect(ours?.body, name).toBe(hasBody ? true : undefined);
      const token = Object.entries(model.shapes[op.input?.shape ?? ""]?.members ?? {}).find(
        ([, m]) => m.idempotencyToken,
      );
      expect(ours?.idempotencyToken, name).toBe(token?.[0]);
    }
  });
});

/** The input members a REST model binds to the URI or the query string, as the descriptor lists them. */
function bindingsOf(model: ReturnType<typeof loadModelInScope>, input: string | undefined) {
  const members = Object.entries(model.shapes[input ?? ""]?.members ?? {}).filter(([, m]) => m.location);
  if (members.length === 0) {
    return undefined;
  }
  return members.map(([member, m]) => ({
    member,
    in: m.location === "uri" ? "path" : "query",
    name: m.locationName,
    ...(model.shapes[m.shape]?.type === "timestamp" ? { timestamp: true } : {}),
  }));
}

/** The X-Amz-Target of an operation, when the service has a target prefix. */
const targetIn = (prefix: string | undefined, operation: string) =>
  prefix === undefined ? undefined : `${prefix}.${operation}`;

describe("cloudHsmV2", () => {
  it("is AWS JSON 1.1, signed as cloudhsm, with the ARN namespace cloudhsm", () => {
    expect(cloudHsmV2).toMatchObject({ protocol: "awsJson1_1", signingName: "cloudhsm", arnNamespace: "cloudhsm" });
  });

  it("has the wire names of its identity on their own", () => {
    const { targetPrefix, signingName, endpointPrefix } = cloudHsmV2;
    expect(cloudHsmV2WireNames).toEqual({ targetPrefix, signingName, endpointPrefix });
  });

  it("lists its operations as OPERATION_NAMES and their errors as ERROR_NAMES", () => {
    expect(Object.keys(cloudHsmV2.operations)).toEqual([...OPERATION_NAMES]);
    const errors = new Set(Object.values(cloudHsmV2.operations).flatMap((op) => op.errors.map((e) => e.name)));
    expect([...errors].sort()).toEqual([...ERROR_NAMES]);
  });

  it("gives each operation the target and spec path targetOf and pathOf spell", () => {
    for (const name of OPERATION_NAMES) {
      expect(cloudHsmV2.operations[name]).toMatchObject({ target: targetOf(name), specPath: pathOf(name) });
    }
  });
});
