import { cloudHsmV2WireNames, pathOf, targetOf } from "@cloudhsm-kit/spec";
import { afterEach, describe, expect, it } from "vitest";
import { type LocalServer, startLocalServer } from "../../test/local-server.js";
import { TEST_KEYS } from "../../test/test-client.js";
import { checkSigV4 } from "../../test/verify-sigv4.js";
import { createCloudHsmV2RawClient } from "./create-raw-client.js";

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("createCloudHsmV2RawClient", () => {
  it("sends a signed AWS JSON call and returns data, error and response without throwing", async () => {
    server = await startLocalServer((_request, index) =>
      index === 0
        ? { body: { Backups: [] } }
        : { status: 400, body: { __type: "CloudHsmResourceNotFoundException", Message: "no such backup" } },
    );
    const raw = createCloudHsmV2RawClient({ region: "eu-west-1", endpoint: server.url, credentials: TEST_KEYS });
    const header = { "X-Amz-Target": targetOf("DescribeBackups") } as const;
    const ok = await raw.POST(pathOf("DescribeBackups"), { params: { header }, body: {} });
    expect(ok.data).toEqual({ Backups: [] });
    const failed = await raw.POST(pathOf("DescribeBackups"), { params: { header }, body: {} });
    expect(failed.response.status).toBe(400);
    expect(failed.error).toEqual({ __type: "CloudHsmResourceNotFoundException", Message: "no such backup" });
    for (const request of server.requests) {
      expect(request).toMatchObject({ method: "POST", url: "/", body: "{}" });
      expect(request.headers["x-amz-target"]).toBe(targetOf("DescribeBackups"));
      const check = checkSigV4(request, TEST_KEYS.secretAccessKey);
      expect(check.actual).toBe(check.expected);
      expect(check.scope).toMatch(new RegExp(`^\\d{8}/eu-west-1/${cloudHsmV2WireNames.signingName}/aws4_request$`));
    }
  });
});
