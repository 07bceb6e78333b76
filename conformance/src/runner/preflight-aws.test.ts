import { createServer, type Server } from "node:http";
import { createCloudHsmV2Client } from "@cloudhsm-kit/client";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "../config/validate.js";
import { assertAwsReady } from "./preflight-aws.js";
import { TargetUnreachableError } from "./prepare.js";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
let server: Server | undefined;

afterEach(() => {
  server?.close();
  server = undefined;
});

/** A stand-in for AWS's endpoint that answers every call with one status and body. */
async function answering(status: number, body: object): Promise<string> {
  server = createServer((_req, res) => {
    res.writeHead(status, { "content-type": "application/x-amz-json-1.1" });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

const via = (endpoint: string) => (region: string, creds: () => Promise<typeof credentials>) =>
  createCloudHsmV2Client({ region, endpoint, credentials: creds, maxAttempts: 1 });

describe("assertAwsReady", () => {
  it("lets the run go on when AWS answers the request", async () => {
    const endpoint = await answering(200, { Backups: [] });
    await expect(assertAwsReady({ credentials }, via(endpoint))).resolves.toBeUndefined();
  });

  it("lets the run go on when AWS answers with an error about the request itself", async () => {
    const endpoint = await answering(400, { __type: "CloudHsmInvalidRequestException", Message: "no" });
    await expect(assertAwsReady({ credentials }, via(endpoint))).resolves.toBeUndefined();
  });

  it("stops the run with a config error when AWS refuses the caller", async () => {
    const endpoint = await answering(400, {
      __type: "UnrecognizedClientException",
      message: "The security token included in the request is invalid.",
    });
    const run = assertAwsReady({ credentials, regions: { primary: "eu-west-1" } }, via(endpoint));
    await expect(run).rejects.toBeInstanceOf(ConfigError);
    await expect(run).rejects.toThrow(
      "AWS refused the credentials in eu-west-1: UnrecognizedClientException: The security token included in the request is invalid.",
    );
  });

  it("reports an endpoint that does not answer as unreachable", async () => {
    const run = assertAwsReady({ credentials }, via("http://127.0.0.1:9"));
    await expect(run).rejects.toBeInstanceOf(TargetUnreachableError);
    await expect(run).rejects.toThrow("cannot reach CloudHSM in us-east-1");
  });
});
