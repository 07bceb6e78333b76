import { cloudHsmV2WireNames, OPERATION_NAMES } from "@cloudhsm-kit/spec";
import { createServiceClient } from "../core/client/create-service-client.js";
import type { ServiceBinding } from "../core/service-binding.js";
import type { CloudHsmV2ClientOptions } from "./client-options.js";
import type { CloudHsmV2Client } from "./client-types.js";
import { cloudHsmV2Error } from "./errors/modelled-errors.js";

/** CloudHSM v2 as the core sees it: the spec's wire names and operations, and this module's errors. */
export const cloudHsmV2Binding: ServiceBinding = {
  ...cloudHsmV2WireNames,
  clientName: "createCloudHsmV2Client",
  operations: OPERATION_NAMES,
  errorOf: cloudHsmV2Error,
};

/**
 * Creates a CloudHSM v2 client bound to one region: one method per operation that signs with SigV4,
 * retries, and throws typed errors.
 *
 * @example
 * const client = createCloudHsmV2Client({ region: "eu-west-1", credentials: fromNodeProviderChain() });
 * const { Backups = [] } = await client.describeBackups({ Filters: { states: ["READY"] } });
 */
export function createCloudHsmV2Client(options: CloudHsmV2ClientOptions): CloudHsmV2Client {
  // The core's client has exactly these methods; the types are the spec's generated ones.
  return createServiceClient(cloudHsmV2Binding, options) as unknown as CloudHsmV2Client;
}
