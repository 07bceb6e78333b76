import { cloudHsmV2 } from "@cloudhsm-kit/spec";
import type { Citation } from "../../registry/types.js";

/**
 * The documents the checks rest on: a public URL and a passage quoted word for word from it. A stored copy of every
 * URL is in `conformance/sources/` (where it came from, when, under which licence), and `citations.test.ts` finds
 * each quote in it. Shared here so that the same passage is quoted the same way.
 */
const UG = "https://docs.aws.amazon.com/cloudhsm/latest/userguide";
const API = "https://docs.aws.amazon.com/cloudhsm/latest/APIReference";
/** The archived user guide as it read from 2018 to 2022 (the ClusterId wording was removed on 2023-04-10). */
const UG_2022 =
  "https://github.com/awsdocs/aws-cloudhsm-user-guide/blob/f93f30e7d0df/doc_source/copy-backup-to-region.md";
const UG_2018 =
  "https://github.com/awsdocs/aws-cloudhsm-user-guide/blob/b571dce4bf1a/doc_source/delete-restore-backup.md";
const MODEL =
  "https://github.com/boto/botocore/blob/0e6e2404b85dc336dd2889814e089bde7d1a4c55/botocore/data/cloudhsmv2/2017-04-28/service-2.json";
const SMITHY_JSON = "https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html";
const SMITHY_EMPTY_TESTS =
  "https://github.com/smithy-lang/smithy/blob/0f7323128b0606a1b94b1ac482c94d3800a22708/smithy-aws-protocol-tests/model/awsJson1_1/empty-operation.smithy";
const BILLING_TAGS = "https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/allocation-tag-restrictions.html";
const COMMON_ERRORS =
  "https://github.com/awsdocs/amazon-kendra-developer-guide/blob/2a2b52745f99/doc_source/CommonErrors.md";
const RECORDED = "https://github.com/cloud-custodian/cloud-custodian/tree/main/tests/data/placebo";

/** A current AWS document: the API model, the API reference, the user guide, AWS's Smithy specification. */
const current = (url: string, quote: string): Citation => ({ url, quote, kind: "current" });
/** Only an earlier version of an AWS document says it. */
const earlier = (url: string, quote: string): Citation => ({ url, quote, kind: "earlier" });
/** A recording of real replies, another service or third-party material; `note` says what the passage shows. */
const observed = (url: string, quote: string, note: string): Citation => ({ url, quote, kind: "observed", note });

const deletePolicy = current(
  `${API}/API_DeleteResourcePolicy.html`,
  "Deleting a resource policy will result in the resource being unshared and removed from any RAM resource shares.",
);

export const C = {
  copyCreateInProgress: current(
    `${UG}/copy-backup-to-region.html`,
    "After you copy backups, they appear in the destination region with a CREATE_IN_PROGRESS status.",
  ),
  copyReady: current(
    `${UG}/copy-backup-to-region.html`,
    "Upon successful completion of the copy, the status of the backup changes to READY.",
  ),
  copyDeleted: current(
    `${UG}/copy-backup-to-region.html`,
    "If the copy fails, the status of the backup changes to DELETED.",
  ),
  copyNotDeletedSource: current(
    `${UG}/copy-backup-to-region.html`,
    "Check your input parameters for errors and ensure that the specified source backup is not in a DELETED state before rerunning the operation.",
  ),
  restrictedPartition: current(
    `${UG}/copy-backup-to-region.html`,
    "Backups cannot be copied between AWS restricted regions and standard regions.",
  ),
  govCloudEastWest: current(
    `${UG}/copy-backup-to-region.html`,
    "Backups can be copied between the AWS GovCloud (US-East) and AWS GovCloud (US-West) regions.",
  ),
  copyDifferentRegion: current(
    `${API}/API_CopyBackupToRegion.html`,
    "Copy an CloudHSM cluster backup to a different region.",
  ),
  copyBackupIdRequired: current(
    `${API}/API_CopyBackupToRegion.html`,
    "BackupId The ID of the backup that will be copied to the destination region. Type: String Pattern: backup-[2-7a-zA-Z]{11,16} Required: Yes",
  ),
  regionPattern: current(
    `${API}/API_CopyBackupToRegion.html`,
    "DestinationRegion The AWS region that will contain your copied CloudHSM cluster backup. Type: String Pattern: [a-z]{2}(-(gov))?-(east|west|north|south|central){1,2}-\\d Required: Yes",
  ),
  legacyEither: earlier(
    UG_2022,
    "Specify the destination region and either the cluster ID of the source cluster or the backup ID of the source backup.",
  ),
  legacyBackupIdCopied: earlier(UG_2022, "If you specify a backup ID, the associated backup is copied."),
  legacyClusterLatest: earlier(
    UG_2022,
    "If you specify a cluster ID, the most recent available backup of the associated cluster is copied.",
  ),
  legacyBothBackupWins: earlier(UG_2022, "If you provide both, the backup ID provided is used by default."),
  copyTagsGiven: current(
    `${API}/API_CopyBackupToRegion.html`,
    "If you specify tags, only these tags will be applied to the destination backup.",
  ),
  copyTagsOmitted: current(
    `${API}/API_CopyBackupToRegion.html`,
    "If you do not specify tags, the service copies tags from the source backup to the destination backup.",
  ),
  copyTagListBounds: current(
    `${API}/API_CopyBackupToRegion.html`,
    "If you do not specify tags, the service copies tags from the source backup to the destination backup. Type: Array of Tag objects Array Members: Minimum number of 1 item. Maximum number of 50 items.",
  ),
  copyOutput: current(
    `${API}/API_CopyBackupToRegion.html`,
    "Information on the backup that will be copied to the destination region, including CreateTimestamp, SourceBackup, SourceCluster, and Source Region.",
  ),
  copyCreateTimestamp: current(
    `${API}/API_CopyBackupToRegion.html`,
    "CreateTimestamp of the destination backup will be the same as that of the source backup.",
  ),
  copySourceBackupFilter: current(
    `${API}/API_CopyBackupToRegion.html`,
    "You will need to use the sourceBackupID returned in this operation to use the DescribeBackups operation on the backup that will be copied to the destination region.",
  ),
  backupCopiedFields: current(
    `${API}/API_Backup.html`,
    "Backups that were copied into a destination region additionally contain the CopyTimestamp, SourceBackup, SourceCluster, and SourceRegion parameters.",
  ),
  backupAllFields: current(
    `${API}/API_Backup.html`,
    "All backup objects contain the BackupId, BackupState, ClusterId, and CreateTimestamp parameters.",
  ),
  backupPendingDeleteTimestamp: current(
    `${API}/API_Backup.html`,
    "A backup that is pending deletion will include the DeleteTimestamp parameter.",
  ),
  deleteTimestampMeaning: current(
    `${API}/API_Backup.html`,
    "DeleteTimestamp The date and time when the backup will be permanently deleted.",
  ),
  copyNoRetention: current(
    `${UG}/manage-backup-retention.html`,
    "If you move a backup to a different region, that backup is no longer associated with a cluster and has no backup retention policy.",
  ),
  retentionPurges: current(
    `${UG}/manage-backup-retention.html`,
    "AWS CloudHSM purges backups based on the backup retention policy you set when you create a cluster.",
  ),
  deleteWindow: current(
    `${API}/API_DeleteBackup.html`,
    "A backup can be restored up to 7 days after the DeleteBackup request is made.",
  ),
  deleteHolds: current(
    `${UG}/delete-restore-backup.html`,
    "After you delete an AWS CloudHSM cluster backup, the service holds the backup for seven days, during which time you can restore the backup.",
  ),
  deleteAfterWindow: current(
    `${UG}/delete-restore-backup.html`,
    "After the seven-day period, you can no longer restore the backup.",
  ),
  deletePendingUg: current(
    `${UG}/delete-restore-backup.html`,
    "The state of the backup changes to PENDING_DELETE. You can restore a backup that is pending deletion for up to 7 days after you request the deletion.",
  ),
  listPendingDeletionUg: current(
    `${UG}/delete-restore-backup.html`,
    "To see a list of all backups in the PENDING_DELETION state, run the describe-backups command and include states=PENDING_DELETION as a filter.",
  ),
  describeExampleOutput: current(
    `${UG}/delete-restore-backup.html`,
    '"CreateTimestamp": 1534461854.64, "DeleteTimestamp": 1536339805.522, "HsmType": "hsm2m.medium", "Mode": "NON_FIPS", "NeverExpires": false, "TagList": []',
  ),
  restoreExampleEarlier: earlier(
    `${UG}/delete-restore-backup.html`,
    'To restore a backup, issue the restore-backup command, passing the ID of a backup that is in the PENDING_DELETION state. $ aws cloudhsmv2 restore-backup --backup-id <backup ID> { "Backup": { "ClusterId": "cluster-dygnwhmscg5", "CreateTimestamp": 1534461854.64, "BackupState": "READY", "BackupId": "backup-ro5c4er4aac" } }',
  ),
  restorePending: current(
    `${API}/API_RestoreBackup.html`,
    "Restores a specified CloudHSM backup that is in the PENDING_DELETION state.",
  ),
  pendingDeletionState: earlier(
    "https://github.com/aws/aws-sdk-go/pull/2145",
    "During this 7-day period, the backup will be in state PENDING_DELETION.",
  ),
  deleteMustBeReady: earlier(UG_2018, "A backup must be in the READY state in order to be deleted."),
  backupOnActivate: current(
    `${UG}/manage-backups.html`,
    "The service makes a backup when you perform any of the following actions: Activate a cluster",
  ),
  backupOnAddHsm: current(
    `${UG}/manage-backups.html`,
    "The service makes a backup when you perform any of the following actions: Activate a cluster Add an HSM to an active cluster",
  ),
  backupOnRemoveHsm: current(
    `${UG}/manage-backups.html`,
    "The service makes a backup when you perform any of the following actions: Activate a cluster Add an HSM to an active cluster Remove an HSM from an active cluster",
  ),
  backupStates: current(
    `${API}/API_Backup.html`,
    "BackupState The state of the backup. Type: String Valid Values: CREATE_IN_PROGRESS | READY | DELETED | PENDING_DELETION",
  ),
  neverExpires: current(
    `${API}/API_Backup.html`,
    "NeverExpires Specifies whether the service should exempt a backup from the retention policy for the cluster. True exempts a backup from the retention policy.",
  ),
  neverExpiresFilter: current(
    `${API}/API_DescribeBackups.html`,
    "Use the neverExpires filter to return backups filtered by the value in the neverExpires parameter. True returns all backups exempt from the backup retention policy.",
  ),
  retentionRange: current(`${API}/API_BackupRetentionPolicy.html`, "Value Use a value between 7 - 379."),
  retentionRangeUg: current(
    `${UG}/manage-backup-retention.html`,
    "You can set this period to any number between 7 and 379 days.",
  ),
  filterBackupIds: current(
    `${API}/API_DescribeBackups.html`,
    "Use the backupIds filter to return only the specified backups.",
  ),
  filterSourceBackupIds: current(
    `${API}/API_DescribeBackups.html`,
    "Use the sourceBackupIds filter to return only the backups created from a source backup.",
  ),
  filterClusterIds: current(
    `${API}/API_DescribeBackups.html`,
    "Use the clusterIds filter to return only the backups for the specified clusters.",
  ),
  filterStates: current(
    `${API}/API_DescribeBackups.html`,
    "Use the states filter to return only backups that match the specified state.",
  ),
  sortAscending: current(
    `${API}/API_DescribeBackups.html`,
    "SortAscending Designates whether or not to sort the return backups by ascending chronological order of generation.",
  ),
  paginated: current(
    `${API}/API_DescribeBackups.html`,
    "When the response contains only a subset of backups, it includes a NextToken value.",
  ),
  paginationEnd: current(
    `${API}/API_DescribeBackups.html`,
    "When you receive a response with no NextToken (or an empty or null value), that means there are no more backups to get.",
  ),
  maxResultsBackups: current(MODEL, '"BackupsMaxSize":{ "type":"integer", "max":50, "min":1 }'),
  describeShared: current(
    `${API}/API_DescribeBackups.html`,
    "Lists either the backups you own or the backups shared with you when the Shared parameter is true.",
  ),
  listTagsPaginated: current(
    `${API}/API_ListTags.html`,
    "When the response contains only a subset of tags, it includes a NextToken value.",
  ),
  tagOverwrite: current(
    `${API}/API_TagResource.html`,
    "Adds or overwrites one or more tags for the specified CloudHSM cluster.",
  ),
  tagOverwriteUg: current(
    `${UG}/tag-resources.html`,
    "When you specify a new tag value for an existing tag, the tag is overwritten with the new value.",
  ),
  untag: current(
    `${API}/API_UntagResource.html`,
    "Removes the specified tag or tags from the specified CloudHSM cluster.",
  ),
  tagListMax: current(
    `${API}/API_TagResource.html`,
    "TagList A list of one or more tags. Type: Array of Tag objects Array Members: Minimum number of 1 item. Maximum number of 50 items.",
  ),
  tagsPerResource: earlier(BILLING_TAGS, "The maximum number of tags per resource is 50."),
  reservedTagPrefix: current(
    BILLING_TAGS,
    "The reserved prefix is aws:. Amazon-generated tag names and values are automatically assigned the aws: prefix, which you can't assign.",
  ),
  tagLimitError: current(
    `${API}/API_TagResource.html`,
    "CloudHsmResourceLimitExceededException The request was rejected because it exceeds an CloudHSM limit.",
  ),
  tagValueEmpty: current(
    `${API}/API_Tag.html`,
    "Value The value of the tag. Type: String Length Constraints: Minimum length of 0. Maximum length of 256.",
  ),
  tagKeyLength: current(
    `${API}/API_Tag.html`,
    "Key The key of the tag. Type: String Length Constraints: Minimum length of 1. Maximum length of 128.",
  ),
  tagPattern: current(`${API}/API_Tag.html`, "Pattern: ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
  backupTagList: current(`${API}/API_Backup.html`, "TagList The list of tags for the backup."),
  createFromBackup: current(
    `${API}/API_CreateCluster.html`,
    "SourceBackupId The identifier (ID) or the Amazon Resource Name (ARN) of the cluster backup to restore. Use this value to restore the cluster from a backup instead of creating a new cluster.",
  ),
  clusterSourceBackupId: current(
    `${API}/API_Cluster.html`,
    "SourceBackupId The identifier (ID) of the backup used to create the cluster. This value exists only when the cluster was created from a backup.",
  ),
  createFromBackupNoInit: current(
    `${UG}/create-cluster-from-backup.html`,
    "After you create the cluster, don't initialize or activate it.",
  ),
  crossAccountArn: current(
    `${API}/API_CreateCluster.html`,
    "To perform this operation with an CloudHSM backup in a different AWS account, specify the full backup ARN in the value of the SourceBackupId parameter.",
  ),
  createHsmUninitialized: current(
    `${UG}/create-hsm.html`,
    "After you create a cluster, you can create an HSM. However, before you can create an HSM in your cluster, the cluster must be in the uninitialized state.",
  ),
  addHsmAfterActivation: current(
    `${UG}/getting-started.html`,
    "Create an HSM Verify the identity and authenticity of your cluster's HSM (optional) Initialize the cluster Install and configure CloudHSM CLI Activate the cluster",
  ),
  secondHsmBeforeActivationObserved: observed(
    "https://github.com/hashicorp/terraform-provider-aws/issues/7437",
    "An error occurred (CloudHsmInvalidRequestException) when calling the CreateHsm operation: Cluster 'cluster-xxxxxxxxxxx' already contains an HSM but has not yet been fully activated",
    "a user's report, in 2019, of CloudHSM refusing a second CreateHsm in a cluster that was not yet active",
  ),
  createHsmAz: current(
    `${API}/API_CreateHsm.html`,
    "AvailabilityZone The Availability Zone where you are creating the HSM. To find the cluster's Availability Zones, use DescribeClusters.",
  ),
  createHsmIpAddress: current(
    `${API}/API_CreateHsm.html`,
    "If you specify an IP address, use an available address from the subnet that maps to the Availability Zone where you are creating the HSM.",
  ),
  clusterSubnetMapping: current(
    `${API}/API_Cluster.html`,
    "SubnetMapping A map from availability zone to the cluster's subnet in that availability zone.",
  ),
  deleteHsmSelectors: current(
    `${API}/API_DeleteHsm.html`,
    "To specify an HSM, you can use its identifier (ID), the IP address of the HSM's elastic network interface (ENI), or the ID of the HSM's ENI. You need to specify only one of these values.",
  ),
  deleteHsmResponse: current(`${API}/API_DeleteHsm.html`, "HsmId The identifier (ID) of the HSM that was deleted."),
  deleteClusterHsmsFirst: current(
    `${API}/API_DeleteCluster.html`,
    "Before you can delete a cluster, you must delete all HSMs in the cluster.",
  ),
  initializeClusterCsr: current(
    `${API}/API_InitializeCluster.html`,
    "Before you can claim a cluster, you must sign the cluster's certificate signing request (CSR) with your issuing CA. To get the cluster's CSR, use DescribeClusters.",
  ),
  initializeClusterUg: current(
    `${UG}/initialize-cluster.html`,
    "Before you can initialize the cluster, you must download and sign a certificate signing request (CSR) that is generated by the cluster's first HSM.",
  ),
  initializeExampleOutput: current(
    `${UG}/initialize-cluster.html`,
    '"State": "INITIALIZE_IN_PROGRESS", "StateMessage": "Cluster is initializing. State will change to INITIALIZED upon completion."',
  ),
  csrAfterFirstHsmObserved: observed(
    "https://github.com/hashicorp/terraform-provider-aws/pull/9472",
    "The hsm cluster csr is only available after the 1st hsm instance is added.",
    "a user's account, in 2019, of DescribeClusters returning no CSR for an uninitialized cluster without an HSM",
  ),
  clusterCsrUninitialized: current(
    `${API}/API_Certificates.html`,
    "ClusterCsr The cluster's certificate signing request (CSR). The CSR exists only when the cluster's state is UNINITIALIZED.",
  ),
  hsmStates: current(
    MODEL,
    '"HsmState":{ "type":"string", "enum":[ "CREATE_IN_PROGRESS", "ACTIVE", "DEGRADED", "DELETE_IN_PROGRESS", "DELETED" ] }',
  ),
  clusterStates: current(
    MODEL,
    '"ClusterState":{ "type":"string", "enum":[ "CREATE_IN_PROGRESS", "UNINITIALIZED", "INITIALIZE_IN_PROGRESS", "INITIALIZED", "ACTIVE", "UPDATE_IN_PROGRESS", "MODIFY_IN_PROGRESS", "ROLLBACK_IN_PROGRESS", "DELETE_IN_PROGRESS", "DELETED", "DEGRADED" ] }',
  ),
  shareReadyOwned: current(
    `${API}/API_PutResourcePolicy.html`,
    "In order to share a backup, it must be in a 'READY' state and you must own it.",
  ),
  sharePolicyPurpose: current(
    `${API}/API_PutResourcePolicy.html`,
    "Backup - The resource policy allows you to describe the backup and restore a cluster from the backup in another Amazon Web Services account.",
  ),
  promoteToRam: current(
    `${API}/API_PutResourcePolicy.html`,
    "If you use PutResourcePolicy and want consumers to be able to describe the backups you share with them, you must promote the backup to a standard RAM Resource Share using the RAM PromoteResourceShareCreatedFromPolicy API operation.",
  ),
  getPolicy: current(
    `${API}/API_GetResourcePolicy.html`,
    "Retrieves the resource policy document attached to a given resource.",
  ),
  deletePolicy,
  deletePolicyUnshares: deletePolicy,
  notCrossAccount: current(
    `${API}/API_DeleteBackup.html`,
    "You cannot perform this operation on an CloudHSM backup in a different Amazon Web Services account.",
  ),
  resourceNotFound400: current(
    `${API}/API_DeleteBackup.html`,
    "CloudHsmResourceNotFoundException The request was rejected because it refers to a resource that cannot be found. HTTP Status Code: 400",
  ),
  invalidRequest400: current(
    `${API}/API_DeleteBackup.html`,
    "CloudHsmInvalidRequestException The request was rejected because it is not a valid request. HTTP Status Code: 400",
  ),
  internalFailure500: current(`${API}/API_DeleteBackup.html`, "The request can be retried. HTTP Status Code: 500"),
  responseJson: current(
    `${API}/API_DeleteBackup.html`,
    "If the action is successful, the service sends back an HTTP 200 response. The following data is returned in JSON format by the service.",
  ),
  emptyOutputBody: current(
    `${API}/API_UntagResource.html`,
    "If the action is successful, the service sends back an HTTP 200 response with an empty HTTP body.",
  ),
  commonValidation: earlier(
    COMMON_ERRORS,
    "ValidationError The input fails to satisfy the constraints specified by an AWS service. HTTP Status Code: 400",
  ),
  model: current(
    MODEL,
    `"jsonVersion":"1.1", "protocol":"json", "protocols":["json"], "serviceAbbreviation":"CloudHSM V2", "serviceFullName":"AWS CloudHSM V2", "serviceId":"CloudHSM V2", "signatureVersion":"v4", "signingName":"${cloudHsmV2.signingName}", "targetPrefix":"${cloudHsmV2.targetPrefix}"`,
  ),
  modelConstraint: current(MODEL, '"BackupId":{ "type":"string", "pattern":"backup-[2-7a-zA-Z]{11,16}" }'),
  jsonClaiming: current(
    SMITHY_JSON,
    "Services that support this protocol MUST use the following characteristics to identify and claim requests: The Content-Type HTTP request header is set and contains the value application/x-amz-json-1.1. The HTTP request method is POST. The HTTP request path is /.",
  ),
  jsonClaimTarget: current(
    SMITHY_JSON,
    "The {serviceName} segment in the X-Amz-Target HTTP request header matches the shape name of the service's shape-id in the Smithy model. The {operationName} segment in the X-Amz-Target HTTP request header matches a shape name of an operation bound to the service.",
  ),
  jsonPostRoot: current(
    SMITHY_JSON,
    'Every request for the awsJson1_1 protocol MUST be sent to the root URL (/) using the HTTP "POST" method.',
  ),
  jsonTarget: current(
    SMITHY_JSON,
    "The X-Amz-Target HTTP request header is set and contains a value that matches the form {serviceName}.{operationName}.",
  ),
  jsonEmptyBody: current(
    SMITHY_JSON,
    "When an operation has no modeled input or if no input parameters are provided, a client MUST send an empty JSON object ({}) as the request body. Server implementations MUST also accept empty request bodies.",
  ),
  emptyJsonOutputSmithy: current(
    SMITHY_JSON,
    "When an operation has no modeled output or no output parameters are provided, server implementations SHOULD send an empty response body. The server MUST still send the protocol's Content-Type header in this case. Clients MUST also accept an empty JSON object as the response body.",
  ),
  emptyOutputProtocolTest: current(
    SMITHY_EMPTY_TESTS,
    "When no output is defined, the service is expected to return an empty payload. Despite the lack of a payload, the service is expected to always send a Content-Type header.",
  ),
  jsonErrorType: current(SMITHY_JSON, "New server-side protocol implementations SHOULD use a body field named __type."),
  jsonErrorComponent: current(
    SMITHY_JSON,
    "The component MUST be one of the following: an additional header with the name X-Amzn-Errortype, a body field with the name code, or a body field named __type.",
  ),
  jsonShapeName: current(SMITHY_JSON, "In awsJson1_1, servers SHOULD only send the error's shape name."),
  jsonContentType: current(
    SMITHY_JSON,
    "In awsJson1_0 it MUST be application/x-amz-json-1.0 and in awsJson1_1 it MUST be application/x-amz-json-1.1.",
  ),
  unknownOperation: observed(
    "https://github.com/aws/aws-sdk-net/issues/1536",
    'HTTP Body: {"__type":"UnknownOperationException"} with StatusCode: BadRequest',
    "CloudWatch Logs, another AWS JSON 1.1 service, answering an operation it does not offer",
  ),
  newestFirstObserved: observed(
    `${RECORDED}/test_cloudhsm_backup_mark_for_op`,
    '"Backups": [ { "BackupId": "backup-6qjbcmkhcxm"',
    "a recorded DescribeBackups reply without SortAscending lists backup-6qjbcmkhcxm (created 2024-09-10 18:46), backup-vwcz7w4kikp (2024-09-09 18:44) and backup-wpc4fu35qe2 (2024-09-09 09:40): newest first",
  ),
  readyWithoutDeleteTimestampObserved: observed(
    `${RECORDED}/test_cloudhsm_backup_mark_for_op`,
    '"BackupState": "READY", "ClusterId": "cluster-72zn6eby7x2", "CreateTimestamp": {',
    "in a recorded DescribeBackups reply the READY backup has no DeleteTimestamp, while both PENDING_DELETION backups have one",
  ),
  emptyPolicyObserved: observed(
    `${RECORDED}/test_cloudhsm_backup_statement`,
    '"status_code": 200, "data": { "Policy": "{}",',
    "a recorded GetResourcePolicy reply for a backup without a policy: HTTP 200 with the string {} as the policy",
  ),
  tagListPresentObserved: observed(
    `${RECORDED}/test_cloudhsm_backup_tag_untag`,
    '"TagList": [], "HsmType": "hsm1.medium", "Mode": "FIPS"',
    'recorded DescribeBackups items of backups without tags carry "TagList": [], and every item carries "NeverExpires": false',
  ),
} as const;
