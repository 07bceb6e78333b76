import type { Fault, ServiceErrorDetails } from "../../core/errors/aws-service-error.js";
import type { ErrorFactory } from "../../core/errors/to-service-error.js";
import { BackupServiceError } from "./service-error.js";

type Details = Omit<ServiceErrorDetails, "$fault">;

// The declared return type keeps `extends BackupServiceError<N>` visible in the emitted .d.ts.
function modelled<N extends string>(name: N, fault: Fault): new (details: Details) => BackupServiceError<N> {
  return class extends BackupServiceError<N> {
    constructor(details: Details) {
      super(name, { ...details, $fault: fault });
    }
  };
}

// One class per error shape the 35 operations have in AWS's model, named as the shape, as in @aws-sdk/client-backup.
export class AlreadyExistsException extends modelled("AlreadyExistsException", "client") {}
export class ConflictException extends modelled("ConflictException", "client") {}
export class DependencyFailureException extends modelled("DependencyFailureException", "server") {}
export class InvalidParameterValueException extends modelled("InvalidParameterValueException", "client") {}
export class InvalidRequestException extends modelled("InvalidRequestException", "client") {}
export class InvalidResourceStateException extends modelled("InvalidResourceStateException", "client") {}
export class LimitExceededException extends modelled("LimitExceededException", "client") {}
export class MissingParameterValueException extends modelled("MissingParameterValueException", "client") {}
export class ResourceNotFoundException extends modelled("ResourceNotFoundException", "client") {}
export class ServiceUnavailableException extends modelled("ServiceUnavailableException", "server") {}

/** The modelled error classes by name. */
export const BACKUP_MODELLED_ERRORS = {
  AlreadyExistsException,
  ConflictException,
  DependencyFailureException,
  InvalidParameterValueException,
  InvalidRequestException,
  InvalidResourceStateException,
  LimitExceededException,
  MissingParameterValueException,
  ResourceNotFoundException,
  ServiceUnavailableException,
} as const;

export type BackupErrorName = keyof typeof BACKUP_MODELLED_ERRORS;

/** Any modelled error; `switch (error.name)` narrows it to one class. */
export type BackupModelledError = InstanceType<(typeof BACKUP_MODELLED_ERRORS)[BackupErrorName]>;

/** The class a caller gets for a given error name: a modelled subclass, or the base class with that name. */
export type BackupErrorNamed<N extends string> = N extends BackupErrorName
  ? InstanceType<(typeof BACKUP_MODELLED_ERRORS)[N]>
  : BackupServiceError<N>;

/** The core's `ErrorFactory` for AWS Backup: the modelled class (its fault from the model wins) or the base class. */
export const backupError: ErrorFactory = (code, details) =>
  Object.hasOwn(BACKUP_MODELLED_ERRORS, code)
    ? new BACKUP_MODELLED_ERRORS[code as BackupErrorName](details)
    : new BackupServiceError(code, details);
