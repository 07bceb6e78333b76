import {
  type CloudHsmV2Client,
  createCloudHsmV2Client,
  isCloudHsmV2ServiceError,
  NetworkError,
  TimeoutError,
} from "@cloudhsm-kit/client";
import { ConfigError } from "../config/validate.js";
import type { Credentials } from "../harness/target-types.js";
import type { RunOptions } from "./options.js";
import { defaultChain, TargetUnreachableError } from "./prepare.js";

/** Error codes with which AWS refuses the caller rather than the request: a setup problem, not a verdict. */
const CALLER_REFUSED = new Set([
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "InvalidSignatureException",
  "SignatureDoesNotMatch",
  "IncompleteSignature",
  "MissingAuthenticationToken",
  "ExpiredTokenException",
  "AccessDeniedException",
]);

type ClientFactory = (region: string, credentials: () => Promise<Credentials>) => CloudHsmV2Client;

const awsClient: ClientFactory = (region, credentials) =>
  createCloudHsmV2Client({ region, credentials, maxAttempts: 1, timeoutMs: 15_000 });

/**
 * Before a run against real AWS: the credentials resolve and AWS accepts them in the primary region. Without this,
 * missing or rejected credentials would fail every check and read as "AWS does not conform".
 */
export async function assertAwsReady(options: RunOptions, makeClient: ClientFactory = awsClient): Promise<void> {
  const region = options.regions?.primary ?? "us-east-1";
  const fixed = options.credentials;
  const provider = fixed ? async () => fixed : await defaultChain();
  let credentials: Credentials;
  try {
    credentials = await provider();
  } catch (error) {
    throw new ConfigError(
      `no AWS credentials for --target aws: ${(error as Error).message} (set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or "credentials" in the config)`,
    );
  }
  try {
    await makeClient(region, async () => credentials).describeBackups({ MaxResults: 1 });
  } catch (error) {
    if (error instanceof NetworkError || error instanceof TimeoutError) {
      throw new TargetUnreachableError(`cannot reach CloudHSM in ${region} (${error.message})`);
    }
    if (isCloudHsmV2ServiceError(error) && CALLER_REFUSED.has(error.name)) {
      throw new ConfigError(
        `AWS refused the credentials in ${region}: ${error.name}: ${error.message} (the suite needs the cloudhsm:* actions listed in the conformance README)`,
      );
    }
    // Any other reply is AWS answering the request itself; the checks judge it.
  }
}
