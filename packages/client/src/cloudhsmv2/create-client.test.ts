import { cloudHsmV2WireNames, OPERATION_NAMES, targetOf } from "@cloudhsm-kit/spec";
import { describe, expect, it } from "vitest";
import { clientWithServer, TEST_KEYS } from "../../test/test-client.js";
import { checkSigV4 } from "../../test/verify-sigv4.js";
import { EndpointError } from "../core/endpoint/resolve-endpoint.js";
import { createCloudHsmV2Client } from "./create-client.js";
import { CloudHsmResourceNotFoundException } from "./errors/modelled-errors.js";

describe("createCloudHsmV2Client on the wire", () => {
  it("has one camelCase method per operation, each sending POST / with its own target", async () => {
    const { client, requests } = await clientWithServer(() => ({ body: {} }));
    for (const operation of OPERATION_NAMES) {
      const method = `${operation[0]?.toLowerCase()}${operation.slice(1)}` as keyof typeof client;
      expect(typeof client[method], method).toBe("function");
      await (client[method] as (input: object) => Promise<unknown>)({});
    }
    expect(requests.map((r) => r.headers["x-amz-target"])).toEqual(
      OPERATION_NAMES.map((operation) => targetOf(operation)),
    );
    for (const request of requests) {
      expect(request).toMatchObject({ method: "POST", url: "/", body: "{}" });
      expect(request.headers["content-type"]).toBe("application/x-amz-json-1.1");
    }
  });

  it("sends the input as JSON and signs it for cloudhsm in the client's region", async () => {
    const { client, requests } = await clientWithServer(() => ({ body: {} }), { region: "eu-central-1" });
    const input = { BackupId: "backup-1234567890a", DestinationRegion: "eu-west-1" };
    await client.copyBackupToRegion(input);
    const [request] = requests;
    expect(JSON.parse(request?.body ?? "")).toEqual(input);
    const check = checkSigV4(request as NonNullable<typeof request>, TEST_KEYS.secretAccessKey);
    expect(check.actual).toBe(check.expected);
    expect(check.scope).toMatch(new RegExp(`^\\d{8}/eu-central-1/${cloudHsmV2WireNames.signingName}/aws4_request$`));
  });

  it("sends {} when a method is called without input", async () => {
    const { client, requests } = await clientWithServer(() => ({ body: { Clusters: [] } }));
    await client.describeClusters();
    expect(requests[0]?.body).toBe("{}");
  });

  it("returns the output with $metadata, request id included", async () => {
    const backups = [{ BackupId: "backup-1234567890a", BackupState: "READY" }];
    const { client } = await clientWithServer(() => ({
      headers: { "x-amzn-RequestId": "6a1f6b6c-0000-4000-8000-000000000001" },
      body: { Backups: backups },
    }));
    const output = await client.send("DescribeBackups", {});
    expect(output).toEqual({
      Backups: backups,
      $metadata: {
        httpStatusCode: 200,
        requestId: "6a1f6b6c-0000-4000-8000-000000000001",
        attempts: 1,
        totalRetryDelay: 0,
      },
    });
  });

  it("accepts an empty 200 body (TagResource and UntagResource have empty outputs)", async () => {
    const { client } = await clientWithServer(() => ({ body: "" }));
    const output = await client.untagResource({ ResourceId: "backup-1234567890a", TagKeyList: ["team"] });
    expect(output).toEqual({ $metadata: expect.objectContaining({ httpStatusCode: 200 }) });
  });

  it("rejects an operation name the API does not have, before sending", async () => {
    const { client, requests } = await clientWithServer(() => ({ body: {} }));
    const send = client.send as (operation: string, input: object) => Promise<unknown>;
    await expect(send("DescribeBackup", {})).rejects.toThrow(
      'send: unknown operation "DescribeBackup"; expected one of CopyBackupToRegion, CreateCluster,',
    );
    expect(requests).toHaveLength(0);
  });

  it("makes a client for another region that signs for that region", async () => {
    const { client, requests } = await clientWithServer(() => ({ body: {} }));
    const other = client.forRegion("ap-southeast-2");
    expect(other.config).toMatchObject({ region: "ap-southeast-2", endpoint: client.config.endpoint });
    await other.describeBackups();
    expect(requests[0]?.headers.authorization).toContain(
      `/ap-southeast-2/${cloudHsmV2WireNames.signingName}/aws4_request`,
    );
  });

  it("uses a custom fetch, which sees a Request without the fragment", async () => {
    const seen: Request[] = [];
    const client = createCloudHsmV2Client({
      region: "us-east-1",
      credentials: TEST_KEYS,
      fetch: async (request) => {
        seen.push(request);
        return new Response('{"Clusters":[]}', { headers: { "Content-Type": "application/x-amz-json-1.1" } });
      },
    });
    await expect(client.describeClusters()).resolves.toMatchObject({ Clusters: [] });
    expect(seen[0]?.url).toBe("https://cloudhsmv2.us-east-1.amazonaws.com/");
    expect(seen[0]?.headers.get("authorization")).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\//);
  });
});

describe("createCloudHsmV2Client endpoint", () => {
  it("resolves the endpoint from region and flags", () => {
    const client = createCloudHsmV2Client({
      region: "cn-north-1",
      credentials: TEST_KEYS,
      useFipsEndpoint: true,
      useDualstackEndpoint: true,
    });
    expect(client.config.endpoint).toBe("https://cloudhsmv2-fips.cn-north-1.api.amazonwebservices.com.cn");
  });

  it("refuses FIPS with a custom endpoint, with the rule set's message", () => {
    expect(() =>
      createCloudHsmV2Client({
        region: "us-east-1",
        credentials: TEST_KEYS,
        endpoint: "http://127.0.0.1:4566",
        useFipsEndpoint: true,
      }),
    ).toThrow(new EndpointError("Invalid Configuration: FIPS and custom endpoint are not supported"));
  });
});

describe("createCloudHsmV2Client errors", () => {
  it("throws the modelled subclass with code, message and metadata", async () => {
    const { client } = await clientWithServer(() => ({
      status: 400,
      headers: { "x-amzn-RequestId": "req-42" },
      body: { __type: "com.amazonaws.cloudhsmv2#CloudHsmResourceNotFoundException", Message: "no backup-0" },
    }));
    const error = await client.deleteBackup({ BackupId: "backup-0000000000a" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudHsmResourceNotFoundException);
    expect(error).toMatchObject({
      name: "CloudHsmResourceNotFoundException",
      message: "no backup-0",
      $fault: "client",
      $metadata: { httpStatusCode: 400, requestId: "req-42", attempts: 1 },
    });
  });
});
