import { describe, expect, it } from "vitest";
import { AwsServiceError } from "../../core/errors/aws-service-error.js";
import { toServiceError as toError } from "../../core/errors/to-service-error.js";
import { isCloudHsmV2ServiceError } from "./is-service-error.js";
import {
  CloudHsmInternalFailureException,
  CloudHsmInvalidRequestException,
  CloudHsmResourceNotFoundException,
  cloudHsmV2Error,
} from "./modelled-errors.js";
import { CloudHsmV2ServiceError } from "./service-error.js";

const once = { attempts: 1, totalRetryDelay: 0 };
const toServiceError = (response: Response, body: unknown, attempts: typeof once) =>
  toError(response, body, attempts, cloudHsmV2Error);

function reply(status: number, headers: Record<string, string> = {}) {
  return new Response(null, { status, headers });
}

describe("toServiceError with the CloudHSM v2 errors", () => {
  it("builds the modelled subclass with message, fault and metadata", () => {
    const error = toServiceError(
      reply(400, { "x-amzn-RequestId": "req-1" }),
      { __type: "com.amazonaws.cloudhsmv2#CloudHsmResourceNotFoundException", Message: "no backup-x" },
      { attempts: 2, totalRetryDelay: 37 },
    );
    expect(error).toBeInstanceOf(CloudHsmResourceNotFoundException);
    expect(error).toBeInstanceOf(CloudHsmV2ServiceError);
    expect(error).toBeInstanceOf(AwsServiceError);
    expect(error).toMatchObject({
      name: "CloudHsmResourceNotFoundException",
      message: "no backup-x",
      Message: "no backup-x",
      $fault: "client",
      $metadata: { httpStatusCode: 400, requestId: "req-1", attempts: 2, totalRetryDelay: 37 },
    });
  });

  it("reads a lower-case message", () => {
    const error = toServiceError(reply(400), { __type: "CloudHsmInvalidRequestException", message: "bad" }, once);
    expect(error).toBeInstanceOf(CloudHsmInvalidRequestException);
    expect(error.message).toBe("bad");
  });

  it("takes the fault of a modelled server error from the model", () => {
    const error = toServiceError(reply(500), { __type: "CloudHsmInternalFailureException" }, once);
    expect(error).toBeInstanceOf(CloudHsmInternalFailureException);
    expect(error.$fault).toBe("server");
    expect(error.message).toBe("CloudHsmInternalFailureException (HTTP 500)");
  });

  it("gives unknown codes the base class, with the fault from the status", () => {
    const throttled = toServiceError(reply(400), { __type: "ThrottlingException", message: "slow down" }, once);
    expect(throttled.constructor).toBe(CloudHsmV2ServiceError);
    expect(throttled).toMatchObject({ name: "ThrottlingException", $fault: "client" });
    const unavailable = toServiceError(reply(503, { "X-Amzn-Errortype": "ServiceUnavailable" }), "", once);
    expect(unavailable).toMatchObject({ name: "ServiceUnavailable", $fault: "server" });
  });
});

describe("isCloudHsmV2ServiceError", () => {
  const notFound = toServiceError(reply(400), { __type: "CloudHsmResourceNotFoundException" }, once);

  it("recognises service errors and filters by name", () => {
    expect(isCloudHsmV2ServiceError(notFound)).toBe(true);
    expect(isCloudHsmV2ServiceError(notFound, "CloudHsmResourceNotFoundException")).toBe(true);
    expect(isCloudHsmV2ServiceError(notFound, "CloudHsmTagException")).toBe(false);
  });

  it("accepts an error of the same shape from another copy of the package", () => {
    const foreign = Object.assign(new Error("x"), {
      name: "ThrottlingException",
      $fault: "client",
      $metadata: { httpStatusCode: 400, attempts: 1, totalRetryDelay: 0 },
    });
    expect(isCloudHsmV2ServiceError(foreign, "ThrottlingException")).toBe(true);
  });

  it("rejects other errors and values", () => {
    expect(isCloudHsmV2ServiceError(new TypeError("fetch failed"))).toBe(false);
    expect(isCloudHsmV2ServiceError({ $fault: "client", $metadata: { httpStatusCode: 400 } })).toBe(false);
    expect(isCloudHsmV2ServiceError(undefined)).toBe(false);
  });
});
