// The AWS Backup module of @cloudhsm-kit/client (`@cloudhsm-kit/client/backup`): the client of the 35 operations a
// cross-Region copy touches (REST JSON), its types, errors, paginators and job waiters. What every service shares
// (AwsServiceError, transport errors, credentials, the paginator and waiter factories) comes from the main entry.

export type {
  BackupArgumentsOf,
  BackupClient,
  BackupOperationMethods,
  BackupOperationName,
  BackupOutput,
} from "./client-types.js";
export { type BackupClientOptions, createBackupClient } from "./create-client.js";
export { isBackupServiceError } from "./errors/is-service-error.js";
export {
  AlreadyExistsException,
  type BackupErrorName,
  type BackupErrorNamed,
  type BackupModelledError,
  ConflictException,
  DependencyFailureException,
  InvalidParameterValueException,
  InvalidRequestException,
  InvalidResourceStateException,
  LimitExceededException,
  MissingParameterValueException,
  ResourceNotFoundException,
  ServiceUnavailableException,
} from "./errors/modelled-errors.js";
export { BackupServiceError } from "./errors/service-error.js";
export {
  type BackupPaginatedOperation,
  type PaginationOptions,
  paginateListBackupJobs,
  paginateListBackupPlans,
  paginateListBackupSelections,
  paginateListBackupVaults,
  paginateListCopyJobSummaries,
  paginateListCopyJobs,
  paginateListRecoveryPointsByBackupVault,
  paginateListTags,
} from "./paginators.js";
export { resolveBackupEndpoint } from "./resolve-endpoint.js";
export {
  BACKUP_JOB_FINAL_STATES,
  type BackupJob,
  COPY_JOB_FINAL_STATES,
  type CopyJob,
  type JobWaitOptions,
  type JobWaitResult,
  JobWaitTimeoutError,
  waitUntilBackupJobDone,
  waitUntilCopyJobDone,
} from "./wait-until-job-done.js";
