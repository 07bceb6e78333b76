import type { Citation } from "../../registry/types.js";

/**
 * The documents the AWS Backup checks rest on: a public URL and a passage quoted word for word from it. A stored copy
 * of every URL is in `conformance/sources/` (where it came from, when, under which licence), and the citation test
 * finds each quote in it. Ground truth for what each one settles: shared/reference/aws-backup-copy.md (§ and B…).
 */
const UG = "https://docs.aws.amazon.com/aws-backup/latest/devguide";
const MODEL =
  "https://github.com/boto/botocore/blob/0e6e2404b85dc336dd2889814e089bde7d1a4c55/botocore/data/backup/2018-11-15/service-2.json";
const REST_JSON = "https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html";
const HTTP_BINDINGS = "https://smithy.io/2.0/spec/http-bindings.html";

/** A current AWS document: the API model, the API reference, the developer guide, AWS's Smithy specification. */
const current = (url: string, quote: string): Citation => ({ url, quote, kind: "current" });
/** Only an earlier version of an AWS document says it (the seed page, [UG-XR-old]). */
const earlier = (url: string, quote: string): Citation => ({ url, quote, kind: "earlier" });

export const B = {
  /** [UG-COPY] "Copy job retry" (B14). */
  copyCreatedToRunning: current(
    `${UG}/recov-point-create-a-copy.html`,
    "During this time, the copy job status remains in the CREATED state while the system periodically attempts to initiate the job. If the job successfully starts within this window, it transitions to the RUNNING state.",
  ),
  /** [UG-COPY] Important box (B5). */
  copyKeepsCreationDate: current(
    `${UG}/recov-point-create-a-copy.html`,
    "Copies retain their source configuration, including creation dates and retention period. The creation date refers to when the source was created, not when the copy was created.",
  ),
  copyOverridesRetention: current(`${UG}/recov-point-create-a-copy.html`, "You can override the retention period."),
  /** [UG-COPY] Note (B9). */
  copyUnsupportedType: current(
    `${UG}/recov-point-create-a-copy.html`,
    "If a resource type does not support cross-Region or cross-account copy in AWS Backup, then copy operations for that resource type are not supported in any scenario, including same-Region and same-account copies to a different vault.",
  ),
  /** [UG-XR-old], the seed page (§1 S3): outdated, checked only on a target that declares it. */
  seedNoDynamoDbCopy: earlier(`${UG}/cross-region-backup.html`, "DynamoDB does not support cross-Region backup."),
  /** [UG-DDB] (B9). */
  ddbAdvancedCopy: current(
    `${UG}/advanced-ddb-backup.html`,
    "You can also start taking advantage of AWS Backup's cross-Region and cross-account copy and security features.",
  ),
  /** [UG-FA] footnote 2 (B12). */
  chinaPartition: current(
    `${UG}/backup-feature-availability.html`,
    "China (Beijing) and China (Ningxia) support cross-Region copy from one of these two Regions to the other. Cross-Region copy is not supported from these Regions to other Regions or into these Regions.",
  ),
  /** [API] DescribeCopyJob: the generated errors section. */
  notFound400: current(
    `${UG}/API_DescribeCopyJob.html`,
    "ResourceNotFoundException A resource that is required for the action doesn't exist. Context Type HTTP Status Code: 400",
  ),
  invalidParameter400: current(
    `${UG}/API_DescribeCopyJob.html`,
    "InvalidParameterValueException Indicates that something is wrong with a parameter's value. For example, the value is out of range. Context Type HTTP Status Code: 400",
  ),
  success200: current(
    `${UG}/API_DescribeCopyJob.html`,
    "If the action is successful, the service sends back an HTTP 200 response.",
  ),
  /** [M] documentation strings. */
  startCopyJob: current(MODEL, "Starts a job to create a one-time copy of the specified resource."),
  completionDate: current(
    MODEL,
    "The date and time a copy job is completed, in Unix format and Coordinated Universal Time (UTC).",
  ),
  destinationVault: current(
    MODEL,
    "An Amazon Resource Name (ARN) that uniquely identifies a destination backup vault to copy to; for example, <code>arn:aws:backup:us-east-1:123456789012:backup-vault:aBackupVault</code>.",
  ),
  destinationRecoveryPoint: current(MODEL, "An ARN that uniquely identifies a destination recovery point;"),
  sourceBackupVaultArn: current(
    MODEL,
    "An Amazon Resource Name (ARN) that uniquely identifies the source vault where the resource was originally backed up in;",
  ),
  deleteAfterDays: current(
    MODEL,
    "The number of days after creation that a recovery point is deleted. This value must be at least 90 days after the number of days specified in <code>MoveToColdStorageAfterDays</code>.",
  ),
  coldMinimum: current(
    MODEL,
    "Backups transitioned to cold storage must be stored in cold storage for a minimum of 90 days.",
  ),
  idempotency: current(
    MODEL,
    "Retrying a successful request with the same idempotency token results in a success message with no action taken.",
  ),
  byState: current(MODEL, "Returns only copy jobs that are in the specified state."),
  byCreatedAfter: current(MODEL, "Returns only copy jobs that were created after the specified date."),
  byDestinationVault: current(
    MODEL,
    '"ByDestinationVaultArn":{ "shape":"string", "documentation":"<p>An Amazon Resource Name (ARN) that uniquely identifies a source backup vault to copy from;',
  ),
  nextToken: current(
    MODEL,
    "NextToken allows you to return more items in your list starting at the location pointed to by the next token.",
  ),
  /** [M] the modelled input errors (shapes MissingParameterValueException, InvalidRequestException). */
  missingParameter: current(MODEL, "Indicates that a required parameter is missing."),
  invalidRequest: current(
    MODEL,
    "Indicates that something is wrong with the input to the request. For example, a parameter is of the wrong type.",
  ),
  /** [M] ListCopyJobsInput: the filters (BKP-FILTER). */
  byResourceArn: current(MODEL, "Returns only copy jobs that match the specified resource Amazon Resource Name (ARN)."),
  byResourceType: current(
    MODEL,
    '"ByResourceType":{ "shape":"ResourceType", "documentation":"<p>Returns only backup jobs for the specified resources:</p>',
  ),
  bySourceRecoveryPoint: current(MODEL, "Filters copy jobs by the specified source recovery point ARN."),
  byCreatedBefore: current(MODEL, "Returns only copy jobs that were created before the specified date."),
  byCompleteBefore: current(
    MODEL,
    "Returns only copy jobs completed before a date expressed in Unix format and Coordinated Universal Time (UTC).",
  ),
  byCompleteAfter: current(
    MODEL,
    "Returns only copy jobs completed after a date expressed in Unix format and Coordinated Universal Time (UTC).",
  ),
  byMessageCategory: current(
    MODEL,
    "This is an optional parameter that can be used to filter out jobs with a MessageCategory which matches the value you input.",
  ),
  byAccountId: current(
    MODEL,
    "The account ID to list the jobs from. Returns only copy jobs associated with the specified account ID.",
  ),
  byParentJobId: current(MODEL, "This is a filter to list child (nested) jobs based on parent job ID."),
  /** [M] ListRecoveryPointsByBackupVaultInput and ListBackupJobsInput: the filters a copy's source is found with. */
  pointsByResourceArn: current(
    MODEL,
    "Returns only recovery points that match the specified resource Amazon Resource Name (ARN).",
  ),
  pointsByResourceType: current(MODEL, "Returns only recovery points that match the specified resource type(s):"),
  pointsByCreatedBefore: current(
    MODEL,
    "Returns only recovery points that were created before the specified timestamp.",
  ),
  pointsByCreatedAfter: current(MODEL, "Returns only recovery points that were created after the specified timestamp."),
  backupJobsByResourceArn: current(
    MODEL,
    "Returns only backup jobs that match the specified resource Amazon Resource Name (ARN).",
  ),
  backupJobsByResourceType: current(MODEL, "Returns only backup jobs for the specified resources:"),
  /** [M] ListCopyJobSummaries (BKP-SUM). */
  summariesContent: current(
    MODEL,
    "This request obtains a list of copy jobs created or running within the the most recent 30 days.",
  ),
  summariesByState: current(MODEL, "This parameter returns the job count for jobs with the specified state."),
  summariesAggregateAll: current(
    MODEL,
    "<code>AGGREGATE_ALL</code> aggregates job counts for all states and returns the sum.",
  ),
  summariesOneDay: current(MODEL, "<code>ONE_DAY</code> - The daily job count for the prior 14 days."),
  /** Smithy: the restJson1 protocol and HTTP bindings. */
  errorTypeHeader: current(
    REST_JSON,
    "New server-side protocol implementations MUST use a header field named ``X-Amzn-Errortype``.",
  ),
  trailingSlash: current(
    HTTP_BINDINGS,
    "Patterns with no labels will match only requests containing the exact literal characters declared in the pattern, with the exception of trailing slashes which are always optional.",
  ),
} as const;
