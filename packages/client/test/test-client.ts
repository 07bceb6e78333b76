import { afterEach } from "vitest";
import type { CloudHsmV2ClientOptions } from "../src/cloudhsmv2/client-options.js";
import { createCloudHsmV2Client } from "../src/cloudhsmv2/create-client.js";
import { type LocalServer, type Responder, startLocalServer } from "./local-server.js";

export const TEST_KEYS = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/**
 * A client pointed at a fresh local server that answers with `respond`; the server closes after the test.
 * Retry delays are 1 ms so that retry tests run at once.
 */
export async function clientWithServer(respond: Responder, options: Partial<CloudHsmV2ClientOptions> = {}) {
  const server = await startLocalServer(respond);
  servers.push(server);
  const client = createCloudHsmV2Client({
    region: "us-east-1",
    endpoint: server.url,
    credentials: TEST_KEYS,
    retryBaseDelayMs: 1,
    retryMaxDelayMs: 2,
    ...options,
  });
  return { client, server, requests: server.requests };
}
