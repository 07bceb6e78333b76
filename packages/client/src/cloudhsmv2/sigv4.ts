import { cloudHsmV2WireNames } from "@cloudhsm-kit/spec";
import type { Middleware } from "openapi-fetch";
import { type Sigv4MiddlewareOptions, sigv4Middleware } from "../core/middleware/sigv4.js";

export interface Sigv4Options extends Omit<Sigv4MiddlewareOptions, "service"> {
  /** Defaults to CloudHSM v2's signing name (the spec's `cloudHsmV2WireNames`). */
  service?: string;
}

/**
 * The core's SigV4 middleware for openapi-fetch, signing as CloudHSM v2 unless `service` says otherwise. Register it
 * last, after `awsJson()`.
 *
 * @example
 * raw.use(awsJson(), sigv4({ region: "eu-west-1", credentials: async () => keys }));
 */
export function sigv4({ service = cloudHsmV2WireNames.signingName, ...options }: Sigv4Options): Middleware {
  return sigv4Middleware({ ...options, service });
}
