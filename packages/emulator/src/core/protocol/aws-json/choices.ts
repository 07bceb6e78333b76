/**
 * Choices the emulator makes where AWS's behaviour is undocumented (cloudhsmv2-api.md §7 "UNDOC",
 * observed-aws-behaviour.md "NONE"/"low"): The awsJson 1.1 envelope where AWS JSON services are known only by analogy
 * (observed §8). Kept beside the code they steer; the package README lists each as `UNDOC.<name>` under "Undocumented
 * behaviour".
 */
export const AWS_JSON_CHOICES = {
  /** Wire-level statuses where AWS JSON services' behaviour is only known by analogy (observed §8). */
  protocol: { wrongPath: 404, wrongMethod: 405, unsupportedMediaType: 404, bodyTooLarge: 413 },
  /** Request media types accepted besides the documented `application/x-amz-json-1.1`: the awsJson 1.0 type and
   * plain `application/json` (what generic HTTP clients send); anything else → `protocol.unsupportedMediaType`. */
  acceptedMediaTypes: [
    "application/x-amz-json-1.1",
    "application/x-amz-json-1.0",
    "application/json",
  ] as readonly string[],
  /** A request without Content-Type is read as JSON (SDKs always send one; curl users often do not). */
  acceptMissingContentType: true,
  /** The body of an output with no members (TagResource, UntagResource): `{}`. Their API reference pages carry the
   * generic sentence "an HTTP 200 response with an empty HTTP body", no capture shows either form, and every AWS SDK
   * reads both; `{}` is what Smithy awsJson servers write for an empty structure. Set to "" for an empty body.
   * Conformance reports the difference as advisory (WIRE-EMPTYOUT-001). */
  emptyOutputBody: "{}",
} as const;
