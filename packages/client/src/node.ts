// Node-only entry: the default AWS credential chain. Kept apart so that the main entry stays browser-safe.
import type { fromNodeProviderChain as sdkFromNodeProviderChain } from "@aws-sdk/credential-providers";
import type { AwsCredentials, CredentialProvider } from "./core/credentials.js";

export type NodeProviderChainInit = Parameters<typeof sdkFromNodeProviderChain>[0];

/**
 * The default AWS credential chain of the AWS SDK for JavaScript (environment, SSO, shared config and
 * credentials files, web identity, process, container and instance metadata), as a `credentials` option.
 * `@aws-sdk/credential-providers` is an optional dependency, loaded on first use.
 *
 * @example
 * import { fromNodeProviderChain } from "@cloudhsm-kit/client/node";
 * const client = createCloudHsmV2Client({ region: "eu-west-1", credentials: fromNodeProviderChain() });
 */
export function fromNodeProviderChain(init?: NodeProviderChainInit): CredentialProvider {
  let chain: Promise<() => Promise<AwsCredentials>> | undefined;
  return async () => {
    chain ??= import("@aws-sdk/credential-providers").then(
      (sdk) => sdk.fromNodeProviderChain(init),
      (error: unknown) => {
        chain = undefined;
        throw new Error(
          "fromNodeProviderChain needs the optional dependency @aws-sdk/credential-providers; install it with " +
            "`npm install @aws-sdk/credential-providers`",
          { cause: error },
        );
      },
    );
    return (await chain)();
  };
}
