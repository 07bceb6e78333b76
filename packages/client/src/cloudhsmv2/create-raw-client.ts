import type { paths } from "@cloudhsm-kit/spec";
import createClient, { type Client } from "openapi-fetch";
import { awsJson } from "../core/middleware/aws-json.js";
import { sigv4Middleware } from "../core/middleware/sigv4.js";
import { resolveOptions } from "../core/options/resolve-options.js";
import { defaultFetch } from "../core/transport/default-fetch.js";
import { transportFetch } from "../core/transport/transport-fetch.js";
import type { CloudHsmV2ClientOptions } from "./client-options.js";
import { cloudHsmV2Binding } from "./create-client.js";

/**
 * The openapi-fetch client for the spec, with the AWS JSON 1.1 and SigV4 middleware registered: typed by
 * the spec's fragment paths, it returns `{ data, error, response }` instead of throwing, and makes a single
 * attempt per call. It takes the options of `createCloudHsmV2Client` (the retry options have no effect).
 * It is a factory of its own, not a member of the client, so that an app that only makes typed calls does
 * not bundle openapi-fetch.
 *
 * @example
 * import { pathOf, targetOf } from "@cloudhsm-kit/spec";
 * const raw = createCloudHsmV2RawClient({ region: "us-east-1", endpoint, credentials });
 * const { data, error, response } = await raw.POST(pathOf("DescribeBackups"), {
 *   params: { header: { "X-Amz-Target": targetOf("DescribeBackups") } },
 *   body: { MaxResults: 5 },
 * });
 */
export function createCloudHsmV2RawClient(options: CloudHsmV2ClientOptions): Client<paths> {
  const { endpoint, fetch = defaultFetch, region, credentials } = resolveOptions(options, cloudHsmV2Binding);
  const raw = createClient<paths>({ baseUrl: endpoint, fetch: transportFetch(fetch) });
  raw.use(awsJson(), sigv4Middleware({ region, credentials, service: cloudHsmV2Binding.signingName }));
  return raw;
}
