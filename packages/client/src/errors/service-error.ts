/** Who caused a failure, as the AWS SDKs report it: the caller (`client`) or the service (`server`). */
export type Fault = "client" | "server";

/** What the SDKs call `$metadata`: facts about the HTTP exchange behind a result or an error. */
export interface ResponseMetadata {
  readonly httpStatusCode: number;
  /** From `x-amzn-RequestId`; quote it to AWS Support. */
  readonly requestId?: string | undefined;
  /** How many HTTP attempts the call made, retries included. */
  readonly attempts: number;
  /** Milliseconds spent waiting between attempts. */
  readonly totalRetryDelay: number;
}

export interface ServiceErrorDetails {
  readonly message: string;
  readonly $fault: Fault;
  readonly $metadata: ResponseMetadata;
}

/**
 * A non-2xx reply from CloudHSM v2 (or an emulator). `name` is the normalised error code, e.g.
 * `CloudHsmResourceNotFoundException`; the modelled codes have their own subclasses, others (throttling,
 * `ValidationException`, `UnknownOperationException`, …) are instances of this class.
 */
export class CloudHsmV2ServiceError<N extends string = string> extends Error {
  override readonly name: N;
  readonly $fault: Fault;
  readonly $metadata: ResponseMetadata;
  /** The modelled member of every CloudHSM v2 error shape; the same text as `message`. */
  readonly Message: string;

  constructor(name: N, details: ServiceErrorDetails) {
    super(details.message);
    this.name = name;
    this.$fault = details.$fault;
    this.$metadata = details.$metadata;
    this.Message = details.message;
  }
}
