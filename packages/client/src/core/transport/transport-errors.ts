import type { ResponseMetadata } from "../errors/aws-service-error.js";

/** The request never got an HTTP reply (refused, reset, DNS); retried like the AWS SDK retries them. */
export class NetworkError extends Error {
  override readonly name = "NetworkError";
}

/** One attempt got no reply within `timeoutMs`; retried while attempts remain. */
export class TimeoutError extends Error {
  override readonly name = "TimeoutError";
}

/**
 * A 2xx reply whose body is not a JSON object, as every CloudHSM v2 output is (an HTML page from a proxy,
 * a truncated body). Not retried: the AWS SDKs do not retry a reply they cannot deserialise either, and the
 * operation may have taken effect. `body` holds the text received, for diagnosis.
 */
export class MalformedResponseError extends Error {
  override readonly name = "MalformedResponseError";
  readonly $metadata: ResponseMetadata;
  readonly body: string;

  constructor(message: string, details: { $metadata: ResponseMetadata; body: string; cause?: unknown }) {
    super(message, { cause: details.cause });
    this.$metadata = details.$metadata;
    this.body = details.body;
  }
}
