import type { ServiceIdentity } from "../descriptor/types.js";
import type { Comparison } from "./context.js";
import type { BotocoreModel } from "./types.js";

/** What the spec says of the service in `info`: its version and its identity (`x-aws-service`). */
export interface SpecInfo {
  version?: string;
  "x-aws-service"?: Partial<Omit<ServiceIdentity, "apiVersion">>;
}

/** Smithy protocol names (the spec's) in botocore's terms (`protocol` + `jsonVersion`). */
const BOTOCORE_PROTOCOL: Record<string, { protocol: string; jsonVersion: string }> = {
  awsJson1_0: { protocol: "json", jsonVersion: "1.0" },
  awsJson1_1: { protocol: "json", jsonVersion: "1.1" },
  restJson1: { protocol: "rest-json", jsonVersion: "1.1" },
};

/**
 * The service's identity on the wire, as the spec's `info` states it (and the generated descriptor holds it): API
 * version, AWS's service ID, protocol and JSON version, target prefix, signing name, endpoint prefix, and the ARN
 * namespace every ARN pattern of the model names.
 */
export function compareProtocol(c: Comparison, model: BotocoreModel, info: SpecInfo | undefined): void {
  const m = model.metadata;
  const aws = info?.["x-aws-service"];
  const at = "metadata";
  c.expectEqual(at, "API version (info.version)", m.apiVersion, info?.version);
  c.expectEqual(at, "service ID (info.x-aws-service.serviceId)", m.serviceId, aws?.serviceId);
  c.expectEqual(
    at,
    "protocol (info.x-aws-service.protocol)",
    { protocol: m.protocol, jsonVersion: m.jsonVersion },
    aws?.protocol === undefined ? undefined : BOTOCORE_PROTOCOL[aws.protocol],
  );
  c.expectEqual(at, "target prefix (info.x-aws-service.targetPrefix)", m.targetPrefix, aws?.targetPrefix);
  // botocore omits signingName when it equals the endpoint prefix.
  const signingName = m.signingName ?? m.endpointPrefix;
  c.expectEqual(at, "signing name (info.x-aws-service.signingName)", signingName, aws?.signingName);
  c.expectEqual(at, "endpoint prefix (info.x-aws-service.endpointPrefix)", m.endpointPrefix, aws?.endpointPrefix);
  compareArnNamespace(c, model, aws?.arnNamespace);
}

/** botocore has no ARN namespace; the model's ARN patterns (`arn:<partition>:<namespace>:…`) each name it. */
function compareArnNamespace(c: Comparison, model: BotocoreModel, namespace: string | undefined): void {
  if (namespace === undefined) {
    c.differ("metadata", "ARN namespace (info.x-aws-service.arnNamespace)", "a namespace", undefined);
    return;
  }
  for (const [name, shape] of Object.entries(model.shapes)) {
    if (shape.pattern?.includes("arn:") && !shape.pattern.includes(`:${namespace}:`)) {
      c.differ(name, "ARN pattern names the namespace (info.x-aws-service.arnNamespace)", shape.pattern, namespace);
    }
  }
}
