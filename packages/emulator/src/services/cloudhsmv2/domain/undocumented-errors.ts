import { WIRE_LIMITS } from "../../../core/protocol/limits.js";
import {
  CloudHsmAccessDeniedException,
  CloudHsmInvalidRequestException,
  CloudHsmResourceLimitExceededException,
  CloudHsmResourceNotFoundException,
} from "./errors.js";

/**
 * The errors and messages the emulator chooses where AWS's error type or wording is unobserved (cloudhsmv2-api.md §7;
 * observed-aws-behaviour.md §1–§4, §8). Each is listed in the package README under "Undocumented behaviour".
 */
/** A value quoted in a message, cut to WIRE_LIMITS.maxEchoedValueChars. */
function quoted(value: string): string {
  const max = WIRE_LIMITS.maxEchoedValueChars;
  return value.length <= max ? value : `${value.slice(0, max)}… (${value.length - max} more characters)`;
}

/** Errors chosen where AWS's error type is unobserved (all 400 CloudHsmInvalidRequestException unless stated). */
export const UNDOC_MESSAGES = {
  sameRegionCopy: (region: string) => `Destination region ${region} is the region of the source backup.`,
  crossPartitionCopy: (from: string, to: string) =>
    `Backups cannot be copied between partitions (${from} to ${to}): backups cannot be copied between AWS restricted regions and standard regions.`,
  unservedRegion: (region: string) => `Region ${region} is not a region where CloudHSM is available.`,
  wrongBackupState: (id: string, state: string, wanted: string) =>
    `Backup ${id} is in state ${state}; the operation requires a backup in state ${wanted}.`,
  badNextToken: "The NextToken is not valid for this request.",
  unknownFilter: (key: string, allowed: readonly string[]) =>
    `Filter key '${quoted(key)}' is not supported; supported keys: ${allowed.join(", ")}.`,
  badFilterValue: (key: string, value: string, expected: string) =>
    `Filter '${key}' value '${quoted(value)}' ${expected}.`,
} as const;

/** The error each undocumented refusal raises (cloudhsmv2-api.md §7; observed-aws-behaviour.md §1–§4, §8). */
export const UNDOC_ERRORS = {
  /** Model-constraint violations (§7.1): the only modelled validation-type error. */
  validation: (message: string) => new CloudHsmInvalidRequestException(message),
  /** A call the service refuses for the state it finds: same-region or cross-partition copy, a source that is not
   * READY, Restore/Delete/Modify in the wrong state, retention outside 7–379 (§7.3). */
  refused: (message: string) => new CloudHsmInvalidRequestException(message),
  /** A resource that would exceed 50 tags (§7.4; the error only TagResource declares). */
  tagLimit: (message: string) => new CloudHsmResourceLimitExceededException(message),
  /** A tag key with the reserved prefix (§7.4). */
  reservedTag: (message: string) => new CloudHsmInvalidRequestException(message),
  /** An invalid, tampered or foreign NextToken (§7.5). */
  badToken: () => new CloudHsmInvalidRequestException(UNDOC_MESSAGES.badNextToken),
  /** Another account's backup named without being shared, so its existence does not leak. */
  hiddenBackup: (id: string) => new CloudHsmResourceNotFoundException(`Backup '${id}' does not exist.`),
  /** A resource policy on someone else's backup ("you must own it"). */
  notOwner: (message: string) => new CloudHsmAccessDeniedException(message),
  /** A strict-mode key used outside its regions (IAM denial; the modelled access-denied error). */
  regionDenied: (message: string) => new CloudHsmAccessDeniedException(message),
} as const;

export const DAY_SECONDS = 86_400;
