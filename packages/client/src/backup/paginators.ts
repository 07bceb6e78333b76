import type { BackupInputs } from "@cloudhsm-kit/spec";
import { createPaginator, type Paginator } from "../core/pagination/create-paginator.js";
import type { BackupClient, BackupOperationName, BackupOutput } from "./client-types.js";

export type { PaginationOptions } from "../core/pagination/create-paginator.js";

/**
 * The list operations: NextToken in, NextToken out, MaxResults (botocore's `paginators-1.json` for the first six;
 * ListTags and ListCopyJobSummaries are not in that file but page the same way by their shapes).
 */
export type BackupPaginatedOperation = Extract<
  BackupOperationName,
  | "ListCopyJobs"
  | "ListCopyJobSummaries"
  | "ListBackupJobs"
  | "ListRecoveryPointsByBackupVault"
  | "ListBackupPlans"
  | "ListBackupVaults"
  | "ListBackupSelections"
  | "ListTags"
>;

const paginatorOf = <Op extends BackupPaginatedOperation>(
  operation: Op,
): Paginator<Pick<BackupClient, "send">, BackupInputs[Op], BackupOutput<Op>> =>
  createPaginator({ operation, inputToken: "NextToken", outputToken: "NextToken", pageSize: "MaxResults" });

/**
 * Every page of ListCopyJobs.
 *
 * @example
 * for await (const { CopyJobs = [] } of paginateListCopyJobs(client, { ByState: "COMPLETED" })) { … }
 */
export const paginateListCopyJobs = /* @__PURE__ */ paginatorOf("ListCopyJobs");
/** Every page of ListCopyJobSummaries. */
export const paginateListCopyJobSummaries = /* @__PURE__ */ paginatorOf("ListCopyJobSummaries");
/** Every page of ListBackupJobs. */
export const paginateListBackupJobs = /* @__PURE__ */ paginatorOf("ListBackupJobs");
/** Every page of ListRecoveryPointsByBackupVault. */
export const paginateListRecoveryPointsByBackupVault = /* @__PURE__ */ paginatorOf("ListRecoveryPointsByBackupVault");
/** Every page of ListBackupPlans. */
export const paginateListBackupPlans = /* @__PURE__ */ paginatorOf("ListBackupPlans");
/** Every page of ListBackupVaults. */
export const paginateListBackupVaults = /* @__PURE__ */ paginatorOf("ListBackupVaults");
/** Every page of ListBackupSelections of one plan. */
export const paginateListBackupSelections = /* @__PURE__ */ paginatorOf("ListBackupSelections");
/** Every page of ListTags of one resource. */
export const paginateListTags = /* @__PURE__ */ paginatorOf("ListTags");
