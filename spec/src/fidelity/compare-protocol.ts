import { SIGNING_NAME, TARGET_PREFIX } from "../operations.js";
import { MEDIA_TYPE } from "./compare-operations.js";
import type { Comparison } from "./context.js";
import type { BotocoreModel } from "./types.js";

/** What the spec says of the service in `info` (its version and the `x-aws-model` extension). */
export interface SpecInfo {
  version?: string;
  "x-aws-model"?: { protocol?: string; targetPrefix?: string; signingName?: string; endpointPrefix?: string };
}

/** Smithy protocol names (the spec's) in botocore's terms (`protocol` + `jsonVersion`). */
const BOTOCORE_PROTOCOL: Record<string, { protocol: string; jsonVersion: string }> = {
  awsJson1_0: { protocol: "json", jsonVersion: "1.0" },
  awsJson1_1: { protocol: "json", jsonVersion: "1.1" },
};

/**
 * The service's identity on the wire: API version, protocol and JSON version, target prefix, signing name and
 * endpoint prefix, as the spec's `info` states them and as the package's constants (which the client signs and
 * targets with) hold them.
 */
export function compareProtocol(c: Comparison, model: BotocoreModel, info: SpecInfo | undefined): void {
  const m = model.metadata;
  const aws = info?.["x-aws-model"];
  const at = "metadata";
  c.expectEqual(at, "API version (info.version)", m.apiVersion, info?.version);
  c.expectEqual(
    at,
    "protocol (info.x-aws-model.protocol)",
    { protocol: m.protocol, jsonVersion: m.jsonVersion },
    aws?.protocol === undefined ? undefined : BOTOCORE_PROTOCOL[aws.protocol],
  );
  c.expectEqual(at, "media type of every body", `application/x-amz-json-${m.jsonVersion}`, MEDIA_TYPE);
  c.expectEqual(at, "target prefix (info.x-aws-model.targetPrefix)", m.targetPrefix, aws?.targetPrefix);
  c.expectEqual(at, "target prefix (TARGET_PREFIX)", m.targetPrefix, TARGET_PREFIX);
  // botocore omits signingName when it equals the endpoint prefix.
  const signingName = m.signingName ?? m.endpointPrefix;
  c.expectEqual(at, "signing name (info.x-aws-model.signingName)", signingName, aws?.signingName);
  c.expectEqual(at, "signing name (SIGNING_NAME)", signingName, SIGNING_NAME);
  c.expectEqual(at, "endpoint prefix (info.x-aws-model.endpointPrefix)", m.endpointPrefix, aws?.endpointPrefix);
}
