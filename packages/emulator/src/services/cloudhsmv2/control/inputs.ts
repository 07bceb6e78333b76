import { cloudHsmV2 } from "@cloudhsm-kit/spec";
import type { ControlSettingsPatch, CopyFaultRequest } from "@cloudhsm-kit/spec/control";
import { bad, checkedBody, shown } from "../../../core/control/inputs.js";
import { type ParsedArn, parseArn } from "../domain/arn.js";
import type { Delays } from "../domain/context.js";

/** CloudHSM's control bodies: checked against the control document, then what it leaves to the emulator. */
export function parseCopyFault(body: unknown, isRegion: (region: string) => boolean): CopyFaultRequest {
  const { BackupId, DestinationRegion } = checkedBody<CopyFaultRequest>(
    "InjectCopyFault",
    body,
    "Expected an object with BackupId and/or DestinationRegion",
  );
  if (DestinationRegion !== undefined && !isRegion(DestinationRegion)) {
    throw bad(`DestinationRegion must be a region the emulator serves; got ${shown(DestinationRegion)}.`);
  }
  return {
    ...(BackupId !== undefined ? { BackupId } : {}),
    ...(DestinationRegion !== undefined ? { DestinationRegion } : {}),
  };
}

export function parseSettingsPatch(body: unknown): { delays?: Partial<Delays>; legacyClusterIdCopy?: boolean } {
  return checkedBody<ControlSettingsPatch>(
    "PutSettings",
    body,
    'Expected {"delays"?: {<delay>: seconds ≥ 0, ...}, "legacyClusterIdCopy"?: boolean}',
  );
}

/** `{"ResourceArn": "<backup ARN>"}`: the backup whose share to promote, in the account and region its ARN names. */
export function parseShareTarget(body: unknown): ParsedArn & { arn: string } {
  const expected = `Expected {"ResourceArn": "arn:<partition>:${cloudHsmV2.arnNamespace}:<region>:<account>:backup/<backup ID>"}`;
  const { ResourceArn } = checkedBody<{ ResourceArn: string }>("PromoteResourceShare", body, expected);
  const arn = parseArn(ResourceArn);
  if (arn?.resourceType !== "backup") {
    throw bad(`${expected}; got ${shown(body)}.`);
  }
  return { ...arn, arn: ResourceArn };
}
