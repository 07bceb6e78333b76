import type { Citation } from "./types.js";

/**
 * The documents the checks rest on: a public URL and a sentence quoted from it, so that every citation can be
 * verified without anything beside the repository. Shared here so that the same sentence is quoted the same way.
 */
const UG = "https://docs.aws.amazon.com/cloudhsm/latest/userguide";
const API = "https://docs.aws.amazon.com/cloudhsm/latest/APIReference";
/** The archived user guide as it read from 2018 to 2022 (removed on 2023-04-10, commit e9cbb77d955c). */
const UG_2022 =
  "https://github.com/awsdocs/aws-cloudhsm-user-guide/blob/f93f30e7d0df/doc_source/copy-backup-to-region.md";
const SMITHY_JSON = "https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html";

const cite = (url: string, quote: string): Citation => ({ url, quote });
/** A recording of real AWS replies: no sentence to quote, so `what` says what the recording shows. */
const observed = (url: string, what: string): Citation => ({ url, quote: what, observed: true });

export const C = {
  copyCreateInProgress: cite(
    `${UG}/copy-backup-to-region.html`,
    "After you copy backups, they appear in the destination region with a CREATE_IN_PROGRESS status.",
  ),
  copyReady: cite(
    `${UG}/copy-backup-to-region.html`,
    "Upon successful completion of the copy, the status of the backup changes to READY.",
  ),
  copyDeleted: cite(
    `${UG}/copy-backup-to-region.html`,
    "If the copy fails, the status of the backup changes to DELETED.",
  ),
  copyNotDeletedSource: cite(
    `${UG}/copy-backup-to-region.html`,
    "Check your input parameters for errors and ensure that the specified source backup is not in a DELETED state before rerunning the operation.",
  ),
  restrictedPartition: cite(
    `${UG}/copy-backup-to-region.html`,
    "Backups cannot be copied between AWS restricted regions and standard regions.",
  ),
  govCloudEastWest: cite(
    `${UG}/copy-backup-to-region.html`,
    "Backups can be copied between the AWS GovCloud (US-East) and AWS GovCloud (US-West) regions.",
  ),
  copyDifferentRegion: cite(
    `${API}/API_CopyBackupToRegion.html`,
    "Copy an CloudHSM cluster backup to a different region.",
  ),
  copyBackupIdRequired: cite(
    `${API}/API_CopyBackupToRegion.html`,
    "BackupId: The ID of the backup that will be copied to the destination region. Required: Yes",
  ),
  regionPattern: cite(
    `${API}/API_CopyBackupToRegion.html`,
    "DestinationRegion ... Pattern: [a-z]{2}(-(gov))?-(east|west|north|south|central){1,2}-\\d",
  ),
  legacyEither: cite(
    UG_2022,
    "Specify the destination region and either the cluster ID of the source cluster or the backup ID of the source backup.",
  ),
  legacyBackupIdCopied: cite(UG_2022, "If you specify a backup ID, the associated backup is copied."),
  legacyClusterLatest: cite(
    UG_2022,
    "If you specify a cluster ID, the most recent available backup of the associated cluster is copied.",
  ),
  legacyBothBackupWins: cite(UG_2022, "If you provide both, the backup ID provided is used by default."),
  copyTagsGiven: cite(
    `${API}/API_CopyBackupToRegion.html`,
    "If you specify tags, only these tags will be applied to the destination backup.",
  ),
  copyTagsOmitted: cite(
    `${API}/API_CopyBackupToRegion.html`,
    "If you do not specify tags, the service copies tags from the source backup to the destination backup.",
  ),
  copyOutput: cite(
    `${API}/API_CopyBackupToRegion.html`,
    "Information on the backup that will be copied to the destination region, including CreateTimestamp, SourceBackup, SourceCluster, and Source Region.",
  ),
  copyCreateTimestamp: cite(
    `${API}/API_CopyBackupToRegion.html`,
    "CreateTimestamp of the destination backup will be the same as that of the source backup.",
  ),
  copySourceBackupFilter: cite(
    `${API}/API_CopyBackupToRegion.html`,
    "You will need to use the sourceBackupID returned in this operation to use the DescribeBackups operation on the backup that will be copied to the destination region.",
  ),
  backupCopiedFields: cite(
    `${API}/API_Backup.html`,
    "Backups that were copied into a destination region additionally contain the CopyTimestamp, SourceBackup, SourceCluster, and SourceRegion parameters.",
  ),
  backupAllFields: cite(
    `${API}/API_Backup.html`,
    "All backup objects contain the BackupId, BackupState, ClusterId, and CreateTimestamp parameters.",
  ),
  backupPendingDeleteTimestamp: cite(
    `${API}/API_Backup.html`,
    "A backup that is pending deletion will include the DeleteTimestamp parameter.",
  ),
  deleteTimestampMeaning: cite(
    `${API}/API_Backup.html`,
    "DeleteTimestamp: The date and time when the backup will be permanently deleted.",
  ),
  copyNoRetention: cite(
    `${UG}/manage-backup-retention.html`,
    "If you move a backup to a different region, that backup is no longer associated with a cluster and has no backup retention policy.",
  ),
  deleteWindow: cite(
    `${API}/API_DeleteBackup.html`,
    "A backup can be restored up to 7 days after the DeleteBackup request is made.",
  ),
  deleteHolds: cite(
    `${UG}/delete-restore-backup.html`,
    "After you delete a backup, the service holds the backup for seven days, during which time you can restore the backup.",
  ),
  deleteAfterWindow: cite(
    `${UG}/delete-restore-backup.html`,
    "After the seven-day period, you can no longer restore the backup.",
  ),
  restorePending: cite(
    `${API}/API_RestoreBackup.html`,
    "Restores a specified CloudHSM backup that is in the PENDING_DELETION state.",
  ),
  pendingDeletionState: cite(
    "https://github.com/aws/aws-sdk-go/pull/2145",
    "During this 7-day period, the backup will be in state PENDING_DELETION.",
  ),
  deleteMustBeReady: cite(
    "https://github.com/awsdocs/aws-cloudhsm-user-guide/blob/b571dce4bf1a/doc_source/delete-restore-backup.md",
    "A backup must be in the READY state in order to be deleted.",
  ),
  backupOnActivate: cite(
    `${UG}/manage-backups.html`,
    "The service makes a backup when you perform any of the following actions: Activate a cluster",
  ),
  backupStates: cite(
    `${API}/API_Backup.html`,
    "BackupState ... Valid Values: CREATE_IN_PROGRESS | READY | DELETED | PENDING_DELETION",
  ),
  neverExpires: cite(
    `${API}/API_Backup.html`,
    "NeverExpires: Specifies whether the service should exempt a backup from the retention policy for the cluster. True exempts a backup from the retention policy.",
  ),
  neverExpiresFilter: cite(
    `${API}/API_DescribeBackups.html`,
    "Use the neverExpires filter to return backups filtered by the value in the neverExpires parameter. True returns all backups exempt from the backup retention policy.",
  ),
  retentionRange: cite(`${API}/API_BackupRetentionPolicy.html`, "Value: Use a value between 7 - 379."),
  retentionRangeUg: cite(
    `${UG}/manage-backup-retention.html`,
    "You can set this period to any number between 7 and 379 days.",
  ),
  filterBackupIds: cite(
    `${API}/API_DescribeBackups.html`,
    "Use the backupIds filter to return only the specified backups.",
  ),
  filterSourceBackupIds: cite(
    `${API}/API_DescribeBackups.html`,
    "Use the sourceBackupIds filter to return only the backups created from a source backup.",
  ),
  filterClusterIds: cite(
    `${API}/API_DescribeBackups.html`,
    "Use the clusterIds filter to return only the backups for the specified clusters.",
  ),
  filterStates: cite(
    `${API}/API_DescribeBackups.html`,
    "Use the states filter to return only backups that match the specified state.",
  ),
  sortAscending: cite(
    `${API}/API_DescribeBackups.html`,
    "SortAscending: Designates whether or not to sort the return backups by ascending chronological order of generation.",
  ),
  paginated: cite(
    `${API}/API_DescribeBackups.html`,
    "When the response contains only a subset of backups, it includes a NextToken value.",
  ),
  paginationEnd: cite(
    `${API}/API_DescribeBackups.html`,
    "When you receive a response with no NextToken (or an empty or null value), that means there are no more backups to get.",
  ),
  maxResultsBackups: cite(
    `${API}/API_DescribeBackups.html`,
    "MaxResults: The maximum number of backups to return in the response. Valid Range: Minimum value of 1. Maximum value of 50.",
  ),
  listTagsPaginated: cite(
    `${API}/API_ListTags.html`,
    "When the response contains only a subset of tags, it includes a NextToken value.",
  ),
  tagOverwrite: cite(
    `${API}/API_TagResource.html`,
    "Adds or overwrites one or more tags for the specified CloudHSM cluster.",
  ),
  tagOverwriteUg: cite(
    `${UG}/tag-resources.html`,
    "When you specify a new tag value for an existing tag, the tag is overwritten with the new value.",
  ),
  untag: cite(
    `${API}/API_UntagResource.html`,
    "Removes the specified tag or tags from the specified CloudHSM cluster.",
  ),
  tagListMax: cite(
    `${API}/API_TagResource.html`,
    "TagList ... Array Members: Minimum number of 1 item. Maximum number of 50 items.",
  ),
  tagsPerResource: cite(
    "https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/allocation-tag-restrictions.html",
    "The maximum number of tags per resource is 50.",
  ),
  tagLimitError: cite(
    `${API}/API_TagResource.html`,
    "CloudHsmResourceLimitExceededException: The request was rejected because it exceeds an CloudHSM limit.",
  ),
  tagValueEmpty: cite(
    `${API}/API_Tag.html`,
    "Value: The value of the tag. Length Constraints: Minimum length of 0. Maximum length of 256.",
  ),
  tagKeyLength: cite(
    `${API}/API_Tag.html`,
    "Key: The key of the tag. Length Constraints: Minimum length of 1. Maximum length of 128.",
  ),
  tagPattern: cite(`${API}/API_Tag.html`, "Pattern: ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
  backupTagList: cite(`${API}/API_Backup.html`, "TagList: The list of tags for the backup."),
  createFromBackup: cite(
    `${API}/API_CreateCluster.html`,
    "SourceBackupId: The identifier (ID) or the Amazon Resource Name (ARN) of the cluster backup to restore. Use this value to restore the cluster from a backup instead of creating a new cluster.",
  ),
  clusterSourceBackupId: cite(
    `${API}/API_Cluster.html`,
    "SourceBackupId: The identifier (ID) of the backup used to create the cluster. This value exists only when the cluster was created from a backup.",
  ),
  createFromBackupNoInit: cite(
    `${UG}/create-cluster-from-backup.html`,
    "After you create the cluster, don't initialize or activate it.",
  ),
  crossAccountArn: cite(
    `${API}/API_CreateCluster.html`,
    "To perform this operation with an CloudHSM backup in a different AWS account, specify the full backup ARN in the value of the SourceBackupId parameter.",
  ),
  shareReadyOwned: cite(
    `${API}/API_PutResourcePolicy.html`,
    "In order to share a backup, it must be in a 'READY' state and you must own it.",
  ),
  sharePolicyPurpose: cite(
    `${API}/API_PutResourcePolicy.html`,
    "Backup - The resource policy allows you to describe the backup and restore a cluster from the backup in another Amazon Web Services account.",
  ),
  getPolicy: cite(
    `${API}/API_GetResourcePolicy.html`,
    "Retrieves the resource policy document attached to a given resource.",
  ),
  deletePolicy: cite(
    `${API}/API_DeleteResourcePolicy.html`,
    "Deleting a resource policy will result in the resource being unshared and removed from any RAM resource shares.",
  ),
  describeShared: cite(
    `${API}/API_DescribeBackups.html`,
    "Lists either the backups you own or the backups shared with you when the Shared parameter is true.",
  ),
  notCrossAccount: cite(
    `${API}/API_DeleteBackup.html`,
    "You cannot perform this operation on an CloudHSM backup in a different Amazon Web Services account.",
  ),
  resourceNotFound400: cite(
    `${API}/API_DeleteBackup.html`,
    "CloudHsmResourceNotFoundException: The request was rejected because it refers to a resource that cannot be found. HTTP Status Code: 400",
  ),
  invalidRequest400: cite(
    `${API}/API_CopyBackupToRegion.html`,
    "CloudHsmInvalidRequestException: The request was rejected because it is not a valid request. HTTP Status Code: 400",
  ),
  internalFailure500: cite(
    `${API}/API_DeleteBackup.html`,
    "CloudHsmInternalFailureException: The request was rejected because of an CloudHSM internal failure. The request can be retried. HTTP Status Code: 500",
  ),
  commonValidation: cite(
    `${API}/CommonErrors.html`,
    "ValidationError: The input fails to satisfy the constraints specified by an AWS service. HTTP Status Code: 400",
  ),
  model: cite(
    "https://github.com/boto/botocore/blob/0e6e2404b85dc336dd2889814e089bde7d1a4c55/botocore/data/cloudhsmv2/2017-04-28/service-2.json",
    '"protocol":"json", "jsonVersion":"1.1", "targetPrefix":"BaldrApiService"',
  ),
  jsonPostRoot: cite(
    SMITHY_JSON,
    'Every request for the awsJson1_1 protocol MUST be sent to the root URL (/) using the HTTP "POST" method.',
  ),
  jsonTarget: cite(
    SMITHY_JSON,
    "X-Amz-Target: The value of this header is the shape name of the service's shape ID joined to the shape name of the operation's shape ID, separated by a single period (.) character.",
  ),
  jsonEmptyBody: cite(
    SMITHY_JSON,
    "When an operation has no modeled input or if no input parameters are provided, a client MUST send an empty JSON object ({}) as the request body. Server implementations MUST also accept empty request bodies.",
  ),
  emptyOutputBody: cite(
    `${API}/API_UntagResource.html`,
    "If the action is successful, the service sends back an HTTP 200 response with an empty HTTP body.",
  ),
  jsonErrorType: cite(SMITHY_JSON, "New server-side protocol implementations SHOULD use a body field named __type."),
  jsonShapeName: cite(SMITHY_JSON, "In awsJson1_1, servers SHOULD only send the error's shape name."),
  jsonContentType: cite(SMITHY_JSON, "Content-Type: This header has a static value of application/x-amz-json-1.1."),
  unknownOperation: cite(
    "https://github.com/aws/aws-sdk-net/issues/1536",
    'HTTP Body: {"__type":"UnknownOperationException"} with StatusCode: BadRequest',
  ),
  responseJson: cite(
    `${API}/API_DescribeBackups.html`,
    "If the action is successful, the service sends back an HTTP 200 response. The following data is returned in JSON format by the service.",
  ),
  modelConstraint: cite(
    "https://github.com/boto/botocore/blob/0e6e2404b85dc336dd2889814e089bde7d1a4c55/botocore/data/cloudhsmv2/2017-04-28/service-2.json",
    '"BackupId":{ "type":"string", "pattern":"backup-[2-7a-zA-Z]{11,16}" }',
  ),
  newestFirstObserved: observed(
    "https://github.com/cloud-custodian/cloud-custodian/tree/main/tests/data/placebo/test_cloudhsm_backup_mark_for_op",
    "Recorded DescribeBackups replies (no SortAscending) list backups by CreateTimestamp, newest first (docs/reference/observed-aws-behaviour.md §5).",
  ),
  tagListPresentObserved: observed(
    "https://github.com/cloud-custodian/cloud-custodian/tree/main/tests/data/placebo/test_cloudhsm_backup_tag_untag",
    'Recorded DescribeBackups items carry "NeverExpires": false and "TagList": [] when no tags are set (docs/reference/observed-aws-behaviour.md §4, §5).',
  ),
} as const;
