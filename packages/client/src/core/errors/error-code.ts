/**
 * Sanitises an AWS JSON error code as Smithy's awsJson protocols require of clients: drop everything from
 * the first `:` (a URI some services append) and everything up to the first `#` (a shape namespace).
 *
 * @example
 * normaliseErrorCode("com.amazonaws.cloudhsmv2#CloudHsmInvalidRequestException:http://internal/"); // "CloudHsmInvalidRequestException"
 */
export function normaliseErrorCode(raw: string): string {
  const colon = raw.indexOf(":");
  const withoutSuffix = colon === -1 ? raw : raw.slice(0, colon);
  const hash = withoutSuffix.indexOf("#");
  return (hash === -1 ? withoutSuffix : withoutSuffix.slice(hash + 1)).trim();
}

function field(body: unknown, key: string): string | undefined {
  if (typeof body !== "object" || body === null) {
    return undefined;
  }
  const value = (body as Record<string, unknown>)[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** The error code of a reply, in the order Smithy gives: `X-Amzn-Errortype`, then body `code`, then `__type`. */
export function readErrorCode(headers: Headers, body: unknown): string | undefined {
  const raw = headers.get("x-amzn-errortype") || field(body, "code") || field(body, "__type");
  if (raw === undefined) {
    return undefined;
  }
  return normaliseErrorCode(raw) || undefined;
}

/** The modelled member is `Message`; some AWS services send `message`. */
export function readErrorMessage(body: unknown): string | undefined {
  return field(body, "Message") ?? field(body, "message");
}

/** The request id AWS returns; `x-amzn-RequestId` for JSON protocols, the others as fallbacks. */
export function readRequestId(headers: Headers): string | undefined {
  return (
    headers.get("x-amzn-requestid") ?? headers.get("x-amzn-request-id") ?? headers.get("x-amz-request-id") ?? undefined
  );
}
