import { cloudHsmV2 } from "@cloudhsm-kit/spec";
import { type ParsedArn, parseArn } from "../domain/arn.js";
import type { Delays } from "../domain/context.js";
import { UNDOC } from "../domain/undocumented.js";
import { excerpt } from "../protocol/json-limits.js";
import { asDelays, delaysProblem } from "../timings/delays.js";

/** Parsing and checking of control API bodies; every refusal says what was wrong and what is expected. */
export const CONTROL_PREFIX = "/_emulator/v1";

/** Largest control request body (a state document of about 100,000 backups fits). */
export const CONTROL_MAX_BODY_BYTES = 256 * 1024 * 1024;

export type ControlErrorName = "InvalidInput" | "ResourceNotFound" | "MethodNotAllowed" | "InvalidState";

export class ControlError extends Error {
  constructor(
    override readonly name: ControlErrorName,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const bad = (message: string) => new ControlError("InvalidInput", 400, message);

/** An offending value as quoted in a refusal, cut to UNDOC.maxEchoedValueChars. */
export const shown = (value: unknown) => excerpt(value, UNDOC.maxEchoedValueChars);

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** Largest single clock step: 100 years (every transition in between runs, daily backups included). */
export const MAX_ADVANCE_SECONDS = 100 * 366 * 86_400;

export function parseAdvance(body: unknown): number {
  const seconds = isObject(body) ? body.seconds : undefined;
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds < 0 || seconds > MAX_ADVANCE_SECONDS) {
    throw bad(`Expected {"seconds": n} with 0 ≤ n ≤ ${MAX_ADVANCE_SECONDS} (100 years); got ${shown(body)}.`);
  }
  return seconds;
}

export function parseCopyFault(
  body: unknown,
  isRegion: (region: string) => boolean,
): { BackupId?: string; DestinationRegion?: string } {
  if (!isObject(body)) {
    throw bad(`Expected an object with BackupId and/or DestinationRegion; got ${shown(body)}.`);
  }
  const { BackupId, DestinationRegion } = body;
  if (BackupId === undefined && DestinationRegion === undefined) {
    throw bad("Give at least one of BackupId and DestinationRegion.");
  }
  if (BackupId !== undefined && (typeof BackupId !== "string" || !/^backup-[2-7a-zA-Z]{11,16}$/.test(BackupId))) {
    throw bad(`BackupId must match ^backup-[2-7a-zA-Z]{11,16}$; got ${shown(BackupId)}.`);
  }
  if (DestinationRegion !== undefined && (typeof DestinationRegion !== "string" || !isRegion(DestinationRegion))) {
    throw bad(`DestinationRegion must be a region the emulator serves; got ${shown(DestinationRegion)}.`);
  }
  return {
    ...(BackupId !== undefined ? { BackupId: BackupId as string } : {}),
    ...(DestinationRegion !== undefined ? { DestinationRegion: DestinationRegion as string } : {}),
  };
}

export function parseSettingsPatch(body: unknown): { delays?: Partial<Delays>; legacyClusterIdCopy?: boolean } {
  if (!isObject(body)) {
    throw bad(`Expected {"delays"?: {...}, "legacyClusterIdCopy"?: boolean}; got ${shown(body)}.`);
  }
  for (const key of Object.keys(body)) {
    if (key !== "delays" && key !== "legacyClusterIdCopy") {
      throw bad(`Unknown setting ${shown(key)}; settings are delays and legacyClusterIdCopy.`);
    }
  }
  const out: { delays?: Partial<Delays>; legacyClusterIdCopy?: boolean } = {};
  if (body.legacyClusterIdCopy !== undefined) {
    if (typeof body.legacyClusterIdCopy !== "boolean") {
      throw bad(`legacyClusterIdCopy must be a boolean; got ${shown(body.legacyClusterIdCopy)}.`);
    }
    out.legacyClusterIdCopy = body.legacyClusterIdCopy;
  }
  if (body.delays !== undefined) {
    const problem = delaysProblem(body.delays, "delays");
    if (problem) {
      throw bad(`${problem}.`);
    }
    out.delays = asDelays(body.delays);
  }
  return out;
}

/** `{"ResourceArn": "<backup ARN>"}`: the backup whose share to promote, in the account and region its ARN names. */
export function parseShareTarget(body: unknown): ParsedArn & { arn: string } {
  const ResourceArn = isObject(body) ? body.ResourceArn : undefined;
  const arn = typeof ResourceArn === "string" ? parseArn(ResourceArn) : undefined;
  if (arn?.resourceType !== "backup") {
    throw bad(
      `Expected {"ResourceArn": "arn:<partition>:${cloudHsmV2.arnNamespace}:<region>:<account>:backup/<backup ID>"}; got ${shown(body)}.`,
    );
  }
  return { ...arn, arn: ResourceArn as string };
}
