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
  /** [M] metadata: the protocol and the service whose shapes every reply is checked against. */
  model: current(
    MODEL,
    '"jsonVersion":"1.1", "protocol":"rest-json", "protocols":["rest-json"], "serviceFullName":"AWS Backup", "serviceId":"Backup"',
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
  /** [UG-COPY] the page's opening sentence: copies made by a plan (B11, §3 "Scheduled copy"). */
  copyByPlan: current(
    `${UG}/recov-point-create-a-copy.html`,
    "You can copy backups to multiple AWS accounts or AWS Regions on demand or automatically as part of a scheduled backup plan",
  ),
  /** [M] the plan operations and shapes (§3 notes, B11, B17). */
  getBackupPlan: current(
    MODEL,
    "Returns BackupPlan details for the specified BackupPlanId. The details are the body of a backup plan in JSON format, in addition to plan metadata.",
  ),
  updateBackupPlan: current(
    MODEL,
    "Updates the specified backup plan. The new version is uniquely identified by its ID.",
  ),
  listBackupPlans: current(MODEL, "Lists the active backup plans for the account."),
  deletePlanAfterSelections: current(
    MODEL,
    "A backup plan can only be deleted after all associated selections of resources have been deleted.",
  ),
  planCreatorRequestId: current(
    MODEL,
    "If the request includes a CreatorRequestId that matches an existing backup plan, that plan is returned.",
  ),
  copyActions: current(MODEL, "An array of CopyAction objects, which contains the details of the copy operation."),
  copyActionDestination: current(
    MODEL,
    "An Amazon Resource Name (ARN) that uniquely identifies the destination backup vault for the copied backup.",
  ),
  ruleColdGap: current(
    MODEL,
    'Backups transitioned to cold storage must be stored in cold storage for a minimum of 90 days. Therefore, the "retention" setting must be 90 days greater than the "transition to cold after days" setting.',
  ),
  ruleScheduledTask: current(MODEL, "Specifies a scheduled task used to back up a selection of resources."),
  selectionResources: current(MODEL, "The Amazon Resource Names (ARNs) of the resources to assign to a backup plan."),
  backupJobCreatedBy: current(
    MODEL,
    "Contains identifying information about the creation of a backup job, including the BackupPlanArn, BackupPlanId, BackupPlanVersion, and BackupRuleId of the backup plan used to create it.",
  ),
  copyCreatedByBackupJob: current(
    MODEL,
    "The backup job ID that initiated this copy job. Only applicable to scheduled copy jobs and automatic copy jobs to logically air-gapped vault.",
  ),
  startWindowMinimum: current(MODEL, "If this value is included, it must be at least 60 minutes to avoid errors."),
  startWindowMaximum: current(MODEL, "This parameter has a maximum value of 100 years (52,560,000 minutes)."),
  ruleRetentionMaximum: current(MODEL, "This parameter has a maximum value of 100 years (36,500 days)."),
  /** [UG-COPY] first paragraph (B4). */
  coldNotCopied: current(
    `${UG}/recov-point-create-a-copy.html`,
    "You can copy backups to multiple AWS accounts or AWS Regions on demand or automatically as part of a scheduled backup plan for most resource types, though backups in cold storage or archive tiers cannot be copied.",
  ),
  storageClass: current(
    MODEL,
    "Specifies the storage class of the recovery point. Valid values are <code>WARM</code> or <code>COLD</code>.",
  ),
  /** [UG-PITR] "Copying continuous backups", and the model's StartCopyJob (B13). */
  continuousNotCopied: current(
    `${UG}/point-in-time-recovery-copying.html`,
    "AWS Backup does not support on-demand copies of continuous backups.",
  ),
  startCopyJobNoContinuous: current(MODEL, "Does not support continuous backups."),
  enableContinuousBackup: current(
    MODEL,
    "<code>True</code> causes Backup to create continuous backups capable of point-in-time restore (PITR).",
  ),
  /** [UG-COPY] "Copy job concurrency" (B15). */
  oneJobPerResource: current(
    `${UG}/recov-point-create-a-copy.html`,
    "Only one backup or copy job can run at a time for a given resource. Additional copy jobs for the same resource remain in CREATED status until the running job completes.",
  ),
  /** [M] DescribeBackupVaultOutput.MinRetentionDays / MaxRetentionDays (B16). */
  lockMinimum: current(
    MODEL,
    "If the job's retention period is shorter than that minimum retention period, then the vault fails the backup or copy job, and you should either modify your lifecycle settings or use a different vault.",
  ),
  lockMaximum: current(
    MODEL,
    "If the job's retention period is longer than that maximum retention period, then the vault fails the backup or copy job, and you should either modify your lifecycle settings or use a different vault.",
  ),
  lockBounds: current(
    MODEL,
    "If specified, any backup or copy job to the vault must have a lifecycle policy with a retention period equal to or longer than the minimum retention period.",
  ),
  copyStatusMessage: current(MODEL, "A detailed message explaining the status of the job to copy a resource."),
  requiredResource: current(MODEL, "A resource that is required for the action doesn't exist."),
  chinaNoCrossAccount: current(
    `${UG}/backup-feature-availability.html`,
    "Cross-Region copy is not supported from these Regions to other Regions or into these Regions. Cross-account copy is not supported for these Regions.",
  ),
  /** [UG-FA] footnote 4 (B12). */
  govCloudPartition: current(
    `${UG}/backup-feature-availability.html`,
    "AWS GovCloud (US-East) and AWS GovCloud (US-West) support cross-Region copy from one of these two Regions to the other. Cross-Region copy is not supported from these Regions to other Regions, or from other Regions into these Regions.",
  ),
  /** [UG-FA] footnote 3 of "Feature availability by resource" (B10). */
  multiAzClusterNoCopy: current(
    `${UG}/backup-feature-availability.html`,
    "RDS multi availability zone (Multi-AZ) database instances can be copied, but Multi-AZ clusters do not currently support any copy operations.",
  ),
  rdsSingleAction: current(
    `${UG}/backup-feature-availability.html`,
    "Amazon RDS, Aurora, DocumentDB, and Neptune now support cross-Region and cross-account snapshot copying in a single action.",
  ),
  /** [UG-FA] "Considerations for opt-in Regions" (B8). */
  optInDocumentDb: current(
    `${UG}/backup-feature-availability.html`,
    "Cross-Region copy is not supported for Amazon DocumentDB in Regions where opt-in is required.",
  ),
  optInFsx: current(
    `${UG}/backup-feature-availability.html`,
    "Cross-Region copy of FSx for Lustre, FSx for Windows File Server, FSx for ONTAP, and FSx for OpenZFS is not supported in Regions where opt-in is required.",
  ),
  optInNeptune: current(
    `${UG}/backup-feature-availability.html`,
    "Cross-Region copy of Neptune backups is currently supported in Africa (Cape Town), Asia Pacific (Hong Kong), Asia Pacific (Jakarta), Israel (Tel Aviv), Middle East (Bahrain), and Middle East (UAE) Regions.",
  ),
  /** [UG-FA] the Region table's Cape Town row: opt-in required, every feature column ticked, cross-Region copy first. */
  capeTownCopies: current(`${UG}/backup-feature-availability.html`, "Africa (Cape Town)Required✓✓✓✓✓✓✓✓"),
  /** [UG-XR-old], the seed page (§1 S4, S7, S9): outdated, checked only on a target that declares it. */
  seedRdsNotBoth: earlier(
    `${UG}/cross-region-backup.html`,
    "Amazon RDS and Aurora support cross-Region backup, or cross-account backup, but not both in the same backup plan.",
  ),
  seedNoCopyRegions: earlier(
    `${UG}/cross-region-backup.html`,
    "Cross-Region backup is available in all AWS Regions where AWS Backup is available except for Asia Pacific (Hong Kong), Middle East (Bahrain), Europe (Milan), and Africa (Cape Town).",
  ),
  seedColdEfsOnly: earlier(
    `${UG}/cross-region-backup.html`,
    "Currently only Amazon EFS file system backups can be transitioned to cold storage. The cold storage expression is ignored for the backups of Amazon Elastic Block Store (Amazon EBS), Amazon Relational Database Service (Amazon RDS), Amazon Aurora, Amazon DynamoDB, and Storage Gateway.",
  ),
} as const;
