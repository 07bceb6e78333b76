import { describe, expect, it } from "vitest";
import { miniClientWithServer as clientWithServer } from "../../test/mini-client.js";
import { AwsServiceError } from "./errors/aws-service-error.js";
import { MalformedResponseError, NetworkError, TimeoutError } from "./transport/transport-errors.js";

const throttled = { status: 400, body: { __type: "ThrottlingException", message: "Rate exceeded" } };
const ok = { body: { Backups: [] } };

describe("retries", () => {
  it("retries a 5xx and succeeds, reporting attempts in $metadata", async () => {
    const { client, requests } = await clientWithServer((_r, i) =>
      i < 2 ? { status: 500, body: { __type: "CloudHsmInternalFailureException", Message: "try again" } } : ok,
    );
    const output = await client.describeBackups();
    expect(requests).toHaveLength(3);
    expect(output.$metadata.attempts).toBe(3);
    expect(output.$metadata.totalRetryDelay).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ["ThrottlingException (400)", throttled],
    ["TooManyRequestsException", { status: 400, body: { __type: "TooManyRequestsException" } }],
    ["RequestLimitExceeded in the header", { status: 400, headers: { "X-Amzn-Errortype": "RequestLimitExceeded" } }],
    ["HTTP 429", { status: 429, body: "" }],
    ["HTTP 503 with an HTML page", { status: 503, body: "<html>Service Unavailable</html>" }],
  ])("retries %s", async (_name, failure) => {
    const { client, requests } = await clientWithServer((_r, i) => (i === 0 ? failure : ok));
    await expect(client.describeBackups()).resolves.toMatchObject({ Backups: [] });
    expect(requests).toHaveLength(2);
  });

  it.each([
    ["a modelled client error", { status: 400, body: { __type: "CloudHsmResourceNotFoundException" } }],
    ["a validation error", { status: 400, body: { __type: "ValidationException" } }],
    ["an access error", { status: 403, body: { __type: "AccessDeniedException" } }],
    ["HTTP 501", { status: 501, body: { __type: "NotImplemented" } }],
  ])("does not retry %s", async (_name, failure) => {
    const { client, requests } = await clientWithServer(() => failure);
    await expect(client.describeBackups()).rejects.toBeInstanceOf(AwsServiceError);
    expect(requests).toHaveLength(1);
  });

  it("gives up after maxAttempts and throws the last error with the attempt count", async () => {
    const { client, requests } = await clientWithServer(() => throttled, { maxAttempts: 4 });
    const error = await client.describeBackups().catch((e: unknown) => e);
    expect(requests).toHaveLength(4);
    expect(error).toMatchObject({ name: "ThrottlingException", message: "Rate exceeded" });
    expect((error as AwsServiceError).$metadata.attempts).toBe(4);
  });

  it("makes one attempt with maxAttempts 1", async () => {
    const { client, requests } = await clientWithServer(() => throttled, { maxAttempts: 1 });
    await expect(client.describeBackups()).rejects.toMatchObject({ name: "ThrottlingException" });
    expect(requests).toHaveLength(1);
  });

  it("retries a dropped connection and signs each attempt afresh", async () => {
    const { client, requests } = await clientWithServer((_r, i) => (i === 0 ? { drop: true } : ok));
    await expect(client.describeBackups()).resolves.toMatchObject({ $metadata: { attempts: 2 } });
    expect(requests).toHaveLength(2);
    expect(requests[1]?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });

  it("throws a NetworkError naming the endpoint when no attempt gets a reply", async () => {
    const { client, requests, server } = await clientWithServer(() => ({ drop: true }), { maxAttempts: 2 });
    const error = await client.describeBackups().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain(`no reply from ${server.url}`);
    expect(requests).toHaveLength(2);
  });
});

describe("clock skew", () => {
  const anHourAhead = () => new Date(Date.now() + 3_600_000);

  it("re-signs with the service's time after a skew error and succeeds", async () => {
    const { client, requests } = await clientWithServer((_r, i) =>
      i === 0
        ? {
            status: 400,
            headers: { Date: anHourAhead().toUTCString() },
            body: { __type: "InvalidSignatureException", message: "Signature expired" },
          }
        : ok,
    );
    await expect(client.describeBackups()).resolves.toMatchObject({ $metadata: { attempts: 2, totalRetryDelay: 0 } });
    const signedAt = (request: (typeof requests)[number]) =>
      Date.parse(
        String(request.headers["x-amz-date"]).replace(
          /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/,
          "$1-$2-$3T$4:$5:$6Z",
        ),
      );
    const shift =
      signedAt(requests[1] as (typeof requests)[number]) - signedAt(requests[0] as (typeof requests)[number]);
    expect(shift).toBeGreaterThan(3_500_000);
    expect(shift).toBeLessThan(3_700_000);
  });

  it("does not retry a signature error when the clocks agree", async () => {
    const { client, requests } = await clientWithServer(() => ({
      status: 403,
      headers: { Date: new Date().toUTCString() },
      body: { __type: "InvalidSignatureException" },
    }));
    await expect(client.describeBackups()).rejects.toMatchObject({ name: "InvalidSignatureException" });
    expect(requests).toHaveLength(1);
  });
});

describe("success replies", () => {
  it("reads an empty 200 body as an empty output", async () => {
    const { client } = await clientWithServer(() => ({ body: "" }));
    await expect(client.tagResource({ ResourceId: "backup-0000000000a", TagList: [] })).resolves.toEqual({
      $metadata: expect.objectContaining({ httpStatusCode: 200 }),
    });
  });

  it.each([
    ["an HTML page", "<html>Gateway</html>", '"<html>Gateway</html>"'],
    ["a truncated body", '{"Backups": [', '"{\\"Backups\\": ["'],
    ["a JSON array", "[]", '"[]"'],
  ])("throws a MalformedResponseError for %s and does not retry it", async (_name, body, start) => {
    const { client, requests } = await clientWithServer(() => ({ body, headers: { "x-amzn-RequestId": "req-7" } }));
    const error = await client.describeBackups().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({
      message: `MiniService.DescribeBackups: HTTP 200 reply is not a JSON object (a body starting ${start})`,
      body,
      $metadata: { httpStatusCode: 200, requestId: "req-7", attempts: 1 },
    });
    expect(requests).toHaveLength(1);
  });
});

describe("abort and timeouts", () => {
  it("rejects a signal that is not an AbortSignal before sending", async () => {
    const { client, requests } = await clientWithServer(() => ok);
    const options = { signal: "stop" } as unknown as { signal: AbortSignal };
    await expect(client.describeBackups({}, options)).rejects.toThrow(
      `MiniService.DescribeBackups: signal must be an AbortSignal when set; got "stop"`,
    );
    expect(requests).toHaveLength(0);
  });

  it("rejects at once with the caller's reason when the signal is already aborted", async () => {
    const { client, requests } = await clientWithServer(() => ok);
    const controller = new AbortController();
    controller.abort(new Error("cancelled by caller"));
    await expect(client.describeBackups({}, { signal: controller.signal })).rejects.toThrow("cancelled by caller");
    expect(requests).toHaveLength(0);
  });

  it("aborts a request in flight and does not retry it", async () => {
    const controller = new AbortController();
    const { client, requests } = await clientWithServer(() => {
      controller.abort();
      return { hang: true };
    });
    const error = await client.describeBackups({}, { signal: controller.signal }).catch((e: unknown) => e);
    expect((error as Error).name).toBe("AbortError");
    expect(requests).toHaveLength(1);
  });

  it("aborts the wait between retries", async () => {
    const controller = new AbortController();
    const { client, requests } = await clientWithServer(
      () => {
        controller.abort(new Error("stop"));
        return throttled;
      },
      { retryBaseDelayMs: 60_000, retryMaxDelayMs: 60_000 },
    );
    await expect(client.describeBackups({}, { signal: controller.signal })).rejects.toThrow("stop");
    expect(requests).toHaveLength(1);
  });

  it("abandons an attempt after timeoutMs and retries it", async () => {
    const { client, requests } = await clientWithServer((_r, i) => (i === 0 ? { hang: true } : ok), {
      timeoutMs: 300,
    });
    await expect(client.describeBackups()).resolves.toMatchObject({ $metadata: { attempts: 2 } });
    expect(requests).toHaveLength(2);
  });

  it("throws a TimeoutError when every attempt times out", async () => {
    const { client } = await clientWithServer(() => ({ hang: true }), { timeoutMs: 20, maxAttempts: 2 });
    const error = await client.describeBackups().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe("no reply within timeoutMs (20 ms)");
  });
});
