import { createServiceClient, type UntypedServiceClient } from "../src/core/client/create-service-client.js";
import { AwsServiceError } from "../src/core/errors/aws-service-error.js";
import type { CallOptions, WithMetadata } from "../src/core/invoke.js";
import type { ServiceClientOptions } from "../src/core/options/client-options.js";
import type { ServiceBinding } from "../src/core/service-binding.js";
import type { Responder } from "./local-server.js";
import { serverForTest, testOptions } from "./test-server.js";

/** The made-up service of `fixtures/mini.yaml`, bound as a service module binds its own: the core's tests use it. */
export const MINI_SERVICE: ServiceBinding = {
  clientName: "createMiniClient",
  signingName: "miniservice",
  endpointPrefix: "miniservice",
  targetPrefix: "MiniService",
  operations: ["DescribeBackups", "TagResource"],
  errorOf: (code, details) => new AwsServiceError(code, details),
};

type Call = (input?: object, options?: CallOptions) => Promise<WithMetadata<Record<string, unknown>>>;

export interface MiniClient extends UntypedServiceClient {
  readonly describeBackups: Call;
  readonly tagResource: Call;
  forRegion(region: string): MiniClient;
}

/** A MiniService client pointed at a fresh local server that answers with `respond` (see `serverForTest`). */
export async function miniClientWithServer(respond: Responder, options: Partial<ServiceClientOptions> = {}) {
  const server = await serverForTest(respond);
  const client = createServiceClient(MINI_SERVICE, { ...testOptions(server), ...options }) as MiniClient;
  return { client, server, requests: server.requests };
}
