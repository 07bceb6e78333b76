import { isAwsServiceError } from "../../core/errors/is-aws-service-error.js";
import type { BackupErrorNamed } from "./modelled-errors.js";
import type { BackupServiceError } from "./service-error.js";

/**
 * Is `error` a reply from AWS Backup? With a `name`, also narrows to that error's class. Besides `instanceof`, it
 * accepts errors of the same shape from another copy of this package.
 *
 * @example
 * catch (error) {
 *   if (isBackupServiceError(error, "ResourceNotFoundException")) return undefined;
 *   throw error;
 * }
 */
export function isBackupServiceError(error: unknown): error is BackupServiceError;
export function isBackupServiceError<N extends string>(error: unknown, name: N): error is BackupErrorNamed<N>;
export function isBackupServiceError(error: unknown, name?: string): boolean {
  return isAwsServiceError(error, name);
}
