import type { paths } from "@cloudhsm-kit/spec";
import createClient, { type Client } from "openapi-fetch";
import { awsJson } from "./middleware/aws-json.js";
import { sigv4 } from "./middleware/sigv4.js";
import type { CloudHsmV2ClientOptions } from "./options/client-options.js";
import { resolveOptions } from "./options/resolve-options.js";
import { defaultFetch } from "./transport/default-fetch.js";
import { transportFetch } from "./transport/transport-fetch.js";

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
  const { endpoint, fetch = defaultFetch, region, credentials } = resolveOptions(options);
  const raw = createClient<paths>({ baseUrl: endpoint, fetch: transportFetch(fetch) });
  raw.use(awsJson(), sigv4({ region, credentials }));
  return raw;
}
