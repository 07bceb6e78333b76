import { AwsServiceError, type ServiceErrorDetails } from "../../core/errors/aws-service-error.js";

/**
 * A non-2xx reply from AWS Backup (or an emulator). `name` is the error named by the reply's `X-Amzn-ErrorType`
 * header, e.g. `ResourceNotFoundException`; the modelled ones have their own subclasses, others (throttling,
 * `AccessDeniedException`, …) are instances of this class.
 */
export class BackupServiceError<N extends string = string> extends AwsServiceError<N> {
  /** The modelled member of every AWS Backup error shape; the same text as `message`. */
  readonly Message: string;

  constructor(name: N, details: ServiceErrorDetails) {
    super(name, details);
    this.Message = details.message;
  }
}
