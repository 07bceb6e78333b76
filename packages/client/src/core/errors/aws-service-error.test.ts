import { describe, expect, it } from "vitest";
import { AwsServiceError } from "./aws-service-error.js";

// A service module's base class, as `CloudHsmV2ServiceError` is one.
class MiniServiceError<N extends string = string> extends AwsServiceError<N> {}
class MiniNotFound extends MiniServiceError<"MiniNotFound"> {}

const $metadata = { httpStatusCode: 404, requestId: "req-1", attempts: 1, totalRetryDelay: 0 };

describe("AwsServiceError", () => {
  it("carries the code as name, the message, $fault and $metadata", () => {
    const error = new AwsServiceError("ThrottlingException", { message: "slow down", $fault: "client", $metadata });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: "ThrottlingException", message: "slow down", $fault: "client", $metadata });
  });

  it("is the base of a service's classes, so instanceof holds at every level", () => {
    const error = new MiniNotFound("MiniNotFound", { message: "gone", $fault: "client", $metadata });
    expect(error).toBeInstanceOf(MiniNotFound);
    expect(error).toBeInstanceOf(MiniServiceError);
    expect(error).toBeInstanceOf(AwsServiceError);
    expect(error.name).toBe("MiniNotFound");
  });
});
