import { isAwsServiceError } from "../../core/errors/is-aws-service-error.js";
import type { ServiceErrorNamed } from "./modelled-errors.js";
import type { CloudHsmV2ServiceError } from "./service-error.js";

/**
 * Is `error` a reply from the service? With a `name`, also narrows to that error's class.
 * Besides `instanceof`, it accepts errors of the same shape from another copy of this package.
 *
 * @example
 * catch (error) {
 *   if (isCloudHsmV2ServiceError(error, "CloudHsmResourceNotFoundException")) return undefined;
 *   throw error;
 * }
 */
export function isCloudHsmV2ServiceError(error: unknown): error is CloudHsmV2ServiceError;
export function isCloudHsmV2ServiceError<N extends string>(error: unknown, name: N): error is ServiceErrorNamed<N>;
export function isCloudHsmV2ServiceError(error: unknown, name?: string): boolean {
  return isAwsServiceError(error, name);
}
