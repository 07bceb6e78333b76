import type { InputOf } from "@cloudhsm-kit/spec";
import { createPaginator, type Paginator } from "../core/pagination/create-paginator.js";
import type { CloudHsmV2Client, Output } from "./client-types.js";

export type { PaginationOptions } from "../core/pagination/create-paginator.js";

/** The operations AWS marks as paginated (botocore `paginators-1.json`): NextToken in, NextToken out, MaxResults. */
export type PaginatedOperation = "DescribeBackups" | "DescribeClusters" | "ListTags";

// The three have the same botocore entry; the service's limits (50 backups, 25 clusters, 100 tags) apply to pageSize.
const paginatorOf = <Op extends PaginatedOperation>(
  operation: Op,
): Paginator<Pick<CloudHsmV2Client, "send">, InputOf<Op>, Output<Op>> =>
  createPaginator({ operation, inputToken: "NextToken", outputToken: "NextToken", pageSize: "MaxResults" });

/**
 * Every page of DescribeBackups.
 *
 * @example
 * for await (const { Backups = [] } of paginateDescribeBackups(client, { Filters: { states: ["READY"] } })) { … }
 */
export const paginateDescribeBackups = /* @__PURE__ */ paginatorOf("DescribeBackups");

/** Every page of DescribeClusters. */
export const paginateDescribeClusters = /* @__PURE__ */ paginatorOf("DescribeClusters");

/** Every page of ListTags for one resource. */
export const paginateListTags = /* @__PURE__ */ paginatorOf("ListTags");
