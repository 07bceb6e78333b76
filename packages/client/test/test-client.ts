import type { CloudHsmV2ClientOptions } from "../src/cloudhsmv2/client-options.js";
import { createCloudHsmV2Client } from "../src/cloudhsmv2/create-client.js";
import type { Responder } from "./local-server.js";
import { serverForTest, testOptions } from "./test-server.js";

export { TEST_KEYS } from "./test-server.js";

/** A CloudHSM v2 client pointed at a fresh local server that answers with `respond` (see `serverForTest`). */
export async function clientWithServer(respond: Responder, options: Partial<CloudHsmV2ClientOptions> = {}) {
  const server = await serverForTest(respond);
  const client = createCloudHsmV2Client({ ...testOptions(server), ...options });
  return { client, server, requests: server.requests };
}
