/**
 * Errors of the wire protocol and of authentication, raised before an operation runs. Names and statuses follow what
 * AWS JSON services answer (observed-aws-behaviour.md §8, ANALOGY, medium confidence); framework errors carry a
 * lowercase `message`, as those services send. Thrown only by protocol/ and validation/.
 */
export class FrameworkError extends Error {
  constructor(
    override readonly name: FrameworkErrorName,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type FrameworkErrorName =
  | "UnknownOperationException"
  | "SerializationException"
  | "MissingAuthenticationTokenException"
  | "IncompleteSignatureException"
  | "InvalidSignatureException"
  | "UnrecognizedClientException"
  | "InternalFailure";

export const unknownOperation = (message: string, status = 400) =>
  new FrameworkError("UnknownOperationException", status, message);
export const serialization = (message: string, status = 400) =>
  new FrameworkError("SerializationException", status, message);
export const missingAuthentication = () =>
  new FrameworkError("MissingAuthenticationTokenException", 400, "Request is missing Authentication Token");
export const incompleteSignature = (message: string) =>
  new FrameworkError("IncompleteSignatureException", 400, message);
export const invalidSignature = (
  message = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
) => new FrameworkError("InvalidSignatureException", 400, message);
export const unrecognizedClient = () =>
  new FrameworkError("UnrecognizedClientException", 400, "The security token included in the request is invalid.");
