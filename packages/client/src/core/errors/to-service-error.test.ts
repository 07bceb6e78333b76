import { describe, expect, it } from "vitest";
import { AwsServiceError } from "./aws-service-error.js";
import { type ErrorFactory, toServiceError, UNKNOWN_ERROR_CODE } from "./to-service-error.js";

const once = { attempts: 1, totalRetryDelay: 0 };
// A service without modelled errors: every code gets the base class.
const errorOf: ErrorFactory = (code, details) => new AwsServiceError(code, details);

function reply(status: number, headers: Record<string, string> = {}) {
  return new Response(null, { status, headers });
}

describe("toServiceError", () => {
  it("hands the service the code, the message, the fault of the status and $metadata", () => {
    const error = toServiceError(
      reply(503, { "X-Amzn-Errortype": "ServiceUnavailable", "x-amzn-RequestId": "req-2" }),
      { message: "later" },
      { attempts: 3, totalRetryDelay: 12 },
      errorOf,
    );
    expect(error).toMatchObject({
      name: "ServiceUnavailable",
      message: "later",
      $fault: "server",
      $metadata: { httpStatusCode: 503, requestId: "req-2", attempts: 3, totalRetryDelay: 12 },
    });
    expect(toServiceError(reply(400), { __type: "Nope" }, once, errorOf).message).toBe("Nope (HTTP 400)");
  });

  it("names a reply without any code UnknownError and quotes the start of its body", () => {
    const error = toServiceError(reply(500), "<html><body>Internal  Server Error</body></html>", once, errorOf);
    expect(error.name).toBe(UNKNOWN_ERROR_CODE);
    expect(error.message).toBe('HTTP 500 with a body starting "<html><body>Internal Server Error</body></html>"');
    expect(error.$fault).toBe("server");
  });
});
