import { AwsServiceError, type ServiceErrorDetails } from "../../core/errors/aws-service-error.js";

/**
 * A non-2xx reply from CloudHSM v2 (or an emulator). `name` is the normalised error code, e.g.
 * `CloudHsmResourceNotFoundException`; the modelled codes have their own subclasses, others (throttling,
 * `ValidationException`, `UnknownOperationException`, …) are instances of this class.
 */
export class CloudHsmV2ServiceError<N extends string = string> extends AwsServiceError<N> {
  /** The modelled member of every CloudHSM v2 error shape; the same text as `message`. */
  readonly Message: string;

  constructor(name: N, details: ServiceErrorDetails) {
    super(name, details);
    this.Message = details.message;
  }
}
