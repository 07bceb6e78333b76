import { afterEach } from "vitest";
import { type LocalServer, type Responder, startLocalServer } from "./local-server.js";

/** Keys of AWS's SigV4 examples; the tests' servers accept any. */
export const TEST_KEYS = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };

/** Options that point a client at `server` and make retry delays 1 ms, so that retry tests run at once. */
export const testOptions = (server: LocalServer) => ({
  region: "us-east-1",
  endpoint: server.url,
  credentials: TEST_KEYS,
  retryBaseDelayMs: 1,
  retryMaxDelayMs: 2,
});

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A local server that answers with `respond` and closes after the test. */
export async function serverForTest(respond: Responder): Promise<LocalServer> {
  const server = await startLocalServer(respond);
  servers.push(server);
  return server;
}
