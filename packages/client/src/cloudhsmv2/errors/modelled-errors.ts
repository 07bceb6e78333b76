import type { ErrorName } from "@cloudhsm-kit/spec";
import type { Fault, ServiceErrorDetails } from "../../core/errors/aws-service-error.js";
import type { ErrorFactory } from "../../core/errors/to-service-error.js";
import { CloudHsmV2ServiceError } from "./service-error.js";

type Details = Omit<ServiceErrorDetails, "$fault">;

// The declared return type keeps `extends CloudHsmV2ServiceError<N>` visible in the emitted .d.ts.
function modelled<N extends ErrorName>(name: N, fault: Fault): new (details: Details) => CloudHsmV2ServiceError<N> {
  return class extends CloudHsmV2ServiceError<N> {
    constructor(details: Details) {
      super(name, { ...details, $fault: fault });
    }
  };
}

// One class per error shape in AWS's model, named as the shape, as in @aws-sdk/client-cloudhsm-v2.
export class CloudHsmAccessDeniedException extends modelled("CloudHsmAccessDeniedException", "client") {}
/** The only modelled server fault; AWS documents that the request can be retried. */
export class CloudHsmInternalFailureException extends modelled("CloudHsmInternalFailureException", "server") {}
export class CloudHsmInvalidRequestException extends modelled("CloudHsmInvalidRequestException", "client") {}
export class CloudHsmResourceLimitExceededException extends modelled(
  "CloudHsmResourceLimitExceededException",
  "client",
) {}
export class CloudHsmResourceNotFoundException extends modelled("CloudHsmResourceNotFoundException", "client") {}
export class CloudHsmServiceException extends modelled("CloudHsmServiceException", "client") {}
export class CloudHsmTagException extends modelled("CloudHsmTagException", "client") {}

/** The modelled error classes by name; a name missing here is a compile error against the spec's list. */
export const MODELLED_ERRORS = {
  CloudHsmAccessDeniedException,
  CloudHsmInternalFailureException,
  CloudHsmInvalidRequestException,
  CloudHsmResourceLimitExceededException,
  CloudHsmResourceNotFoundException,
  CloudHsmServiceException,
  CloudHsmTagException,
} as const satisfies { [N in ErrorName]: new (details: Details) => CloudHsmV2ServiceError<N> };

/** Any modelled error; `switch (error.name)` narrows it to one class. */
export type CloudHsmV2ModelledError = InstanceType<(typeof MODELLED_ERRORS)[ErrorName]>;

/** The class a caller gets for a given error name: a modelled subclass, or the base class with that name. */
export type ServiceErrorNamed<N extends string> = N extends ErrorName
  ? InstanceType<(typeof MODELLED_ERRORS)[N]>
  : CloudHsmV2ServiceError<N>;

/** The core's `ErrorFactory` for CloudHSM v2: the modelled class (its fault from the model wins) or the base class. */
export const cloudHsmV2Error: ErrorFactory = (code, details) =>
  Object.hasOwn(MODELLED_ERRORS, code)
    ? new MODELLED_ERRORS[code as ErrorName](details)
    : new CloudHsmV2ServiceError(code, details);
