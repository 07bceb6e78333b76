/**
 * Modelled errors: one class per error shape in AWS's model (cloudhsmv2-api.md §5(f)). `name` is the AWS `__type`,
 * `fault` decides the HTTP status (400 client, 500 server). Thrown by domain and validation code; serialized only by
 * the protocol layer.
 */
import type { ErrorName } from "@cloudhsm-kit/spec";

export type Fault = "client" | "server";

export abstract class CloudHsmV2Error extends Error {
  abstract override readonly name: ErrorName;
  readonly fault: Fault = "client";
  /** 400 for client faults, 500 for server faults (cloudhsmv2-api.md §5(f)): what the protocol layer sends. */
  get status(): number {
    return this.fault === "server" ? 500 : 400;
  }
}

export class CloudHsmAccessDeniedException extends CloudHsmV2Error {
  override readonly name = "CloudHsmAccessDeniedException" as const;
}
export class CloudHsmInternalFailureException extends CloudHsmV2Error {
  override readonly name = "CloudHsmInternalFailureException" as const;
  override readonly fault = "server" as const;
}
export class CloudHsmInvalidRequestException extends CloudHsmV2Error {
  override readonly name = "CloudHsmInvalidRequestException" as const;
}
export class CloudHsmResourceLimitExceededException extends CloudHsmV2Error {
  override readonly name = "CloudHsmResourceLimitExceededException" as const;
}
export class CloudHsmResourceNotFoundException extends CloudHsmV2Error {
  override readonly name = "CloudHsmResourceNotFoundException" as const;
}
export class CloudHsmServiceException extends CloudHsmV2Error {
  override readonly name = "CloudHsmServiceException" as const;
}
export class CloudHsmTagException extends CloudHsmV2Error {
  override readonly name = "CloudHsmTagException" as const;
}

/**
 * A state-machine violation inside the emulator (a bug, not a user error). The dispatcher turns it into
 * CloudHsmInternalFailureException like any other unexpected throw.
 */
export class InvalidTransition extends Error {
  override readonly name = "InvalidTransition";
}

export const notFound = (what: string, id: string) =>
  new CloudHsmResourceNotFoundException(`${what} '${id}' does not exist.`);
export const invalid = (message: string) => new CloudHsmInvalidRequestException(message);
