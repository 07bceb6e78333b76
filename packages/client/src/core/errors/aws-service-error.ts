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
 * A non-2xx reply from any AWS service (or an emulator of one), in the AWS SDK's shape: `name` is the normalised
 * error code, `$fault` who caused it, `$metadata` the exchange. Each service module subclasses it once (e.g.
 * `CloudHsmV2ServiceError`) and that class once per modelled error, so that `instanceof` works at every level.
 */
export class AwsServiceError<N extends string = string> extends Error {
  override readonly name: N;
  readonly $fault: Fault;
  readonly $metadata: ResponseMetadata;

  constructor(name: N, details: ServiceErrorDetails) {
    super(details.message);
    this.name = name;
    this.$fault = details.$fault;
    this.$metadata = details.$metadata;
  }
}
