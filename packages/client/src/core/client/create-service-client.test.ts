import { describe, expect, it } from "vitest";
import { MINI_SERVICE, miniClientWithServer } from "../../../test/mini-client.js";
import { TEST_KEYS } from "../../../test/test-server.js";
import { checkSigV4 } from "../../../test/verify-sigv4.js";
import { AwsServiceError } from "../errors/aws-service-error.js";
import { ConfigurationError } from "../options/configuration-error.js";
import { createServiceClient } from "./create-service-client.js";

// Everything the client knows of its service comes from the binding (test/mini-client.ts): a made-up one here.
describe("createServiceClient", () => {
  it("has a camelCase method per operation of the binding, each targeting <targetPrefix>.<Operation>", async () => {
    const { client, requests } = await miniClientWithServer(() => ({ body: {} }));
    await client.describeBackups();
    await client.tagResource({ ResourceId: "r", TagList: [] });
    expect(requests.map((request) => request.headers["x-amz-target"])).toEqual([
      "MiniService.DescribeBackups",
      "MiniService.TagResource",
    ]);
  });

  it("signs with the binding's signing name in the client's region, and forRegion changes only the region", async () => {
    const { client, requests } = await miniClientWithServer(() => ({ body: {} }), { region: "eu-west-1" });
    await client.send("DescribeBackups");
    await client.forRegion("ap-south-1").describeBackups();
    const scopes = requests.map((request) => checkSigV4(request, TEST_KEYS.secretAccessKey).scope);
    expect(scopes).toEqual([
      expect.stringMatching(/^\d{8}\/eu-west-1\/miniservice\/aws4_request$/),
      expect.stringMatching(/^\d{8}\/ap-south-1\/miniservice\/aws4_request$/),
    ]);
  });

  it("resolves the endpoint from the binding's endpoint prefix and names its factory in option errors", () => {
    const client = createServiceClient(MINI_SERVICE, { region: "eu-west-1", credentials: TEST_KEYS });
    expect(client.config).toEqual({
      region: "eu-west-1",
      endpoint: "https://miniservice.eu-west-1.amazonaws.com",
      maxAttempts: 3,
      timeoutMs: undefined,
    });
    expect(() => createServiceClient(MINI_SERVICE, { region: "", credentials: TEST_KEYS })).toThrow(
      new ConfigurationError(
        'createMiniClient: option "region" must be an AWS Region name such as "us-east-1"; got ""',
      ),
    );
  });

  it("refuses an operation the binding does not list, and fails with the binding's errors", async () => {
    const { client } = await miniClientWithServer(() => ({ status: 400, body: { __type: "NoSuchThing" } }));
    await expect(client.send("ListThings")).rejects.toThrow(
      'send: unknown operation "ListThings"; expected one of DescribeBackups, TagResource',
    );
    const error = await client.describeBackups().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsServiceError);
    expect(error).toMatchObject({ name: "NoSuchThing", $fault: "client" });
  });
});
