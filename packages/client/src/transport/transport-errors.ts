/** The request never got an HTTP reply (refused, reset, DNS); retried like the AWS SDK retries them. */
export class NetworkError extends Error {
  override readonly name = "NetworkError";
}

/** One attempt got no reply within `timeoutMs`; retried while attempts remain. */
export class TimeoutError extends Error {
  override readonly name = "TimeoutError";
}
