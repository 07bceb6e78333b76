import type { ServiceClientOptions } from "../core/options/client-options.js";

/** Options of `createCloudHsmV2Client` and `createCloudHsmV2RawClient`: those of every service's client. */
export type CloudHsmV2ClientOptions = ServiceClientOptions;
