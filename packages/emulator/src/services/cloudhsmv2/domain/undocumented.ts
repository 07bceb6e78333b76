import {
  CloudHsmAccessDeniedException,
  CloudHsmInvalidRequestException,
  CloudHsmResourceLimitExceededException,
  CloudHsmResourceNotFoundException,
} from "./errors.js";

/**
 * Every choice the emulator makes where AWS's behaviour is undocumented (cloudhsmv2-api.md §7 "UNDOC",
 * observed-aws-behaviour.md "NONE"/"low"). One module, so each can be changed in one place; each is listed in the
 * package README under "Undocumented behaviour". Sources cite the evidence the choice leans on.
 */
const DAY = 86_400;

export const UNDOC = {
  /** Seconds of emulated time each asynchronous transition takes in the `aws` timing profile
   * (src/services/cloudhsmv2/timings/profiles.ts). Durations are observed (observed-aws-behaviour.md §7.4); backup creation and copy
   * duration are unobserved: chosen. */
  awsDelays: {
    backupCreate: 60,
    copy: 300,
    clusterCreate: 240,
    clusterInitialize: 60,
    clusterDelete: 110,
    hsmCreate: 300,
    hsmDelete: 100,
  },
  /** DescribeBackups page size without MaxResults: the model maximum (observed §5 "Emulator"). */
  defaultBackupsPageSize: 50,
  /** DescribeClusters page size without MaxResults: the model maximum. */
  defaultClustersPageSize: 25,
  /** ListTags page size without MaxResults: the model maximum. */
  defaultTagsPageSize: 100,
  /** DescribeBackups order without SortAscending: newest first (observed §5, medium confidence). */
  defaultSortAscending: false,
  /** DescribeClusters order: oldest first (nothing observed). */
  clustersSortAscending: true,
  /** How long a backup stays listed as DELETED after its 7-day window or a failed copy, before it disappears
   * (observed §6 "Emulator": tombstone, e.g. 24 h). */
  backupTombstoneSeconds: DAY,
  /** How long a deleted cluster stays listed as DELETED (observed §6: clusters stay visible "for a while"). */
  clusterTombstoneSeconds: DAY,
  /** Largest request body accepted; larger → 413 SerializationException. The largest valid input (two 20,000
   * character certificates) is far below it. */
  maxBodyBytes: 1024 * 1024,
  /** Deepest nesting of JSON objects and arrays accepted in a request body (AWS API and control API); deeper → 400
   * SerializationException before the body is parsed. The deepest valid input nests 3 levels (Filters → states →
   * value; TagList → Tag), a state document 5; AWS's own limit is unobserved. */
  maxJsonDepth: 64,
  /** Longest excerpt of an offending value quoted in a validation or control error message, in characters; the rest
   * is summarised as "… (n more characters)". Coral's messages quote the value; whether AWS cuts long ones is
   * unobserved. */
  maxEchoedValueChars: 256,
  /** Per-resource tag cap (observed §4: 50, signalled by CloudHsmResourceLimitExceededException). */
  maxTagsPerResource: 50,
  /** Tag keys with this prefix are refused with CloudHsmInvalidRequestException (observed §4 "Emulator"). */
  reservedTagPrefix: "aws:",
  /** Backups made by the service inherit the cluster's tags at creation (observed §4: claim in
   * cloud-custodian#11036, "plausible but unconfirmed"). */
  clusterBackupsInheritTags: true,
  /** HSM types CreateCluster accepts. hsm1.medium is refused as observed (observed §1, "Provided HsmType is not
   * supported."). */
  supportedHsmTypes: ["hsm2m.medium"] as readonly string[],
  /** Mode of a new cluster when CreateCluster gives none. */
  defaultMode: "FIPS" as const,
  /** The daily schedule skips an ACTIVE cluster with no ACTIVE HSM (nothing to back up); the control API's
   * "backup now" does not. */
  dailyBackupNeedsActiveHsm: true,
  /** The backup made for an HSM added to / removed from an ACTIVE cluster starts when that HSM's creation or deletion
   * completes. */
  hsmChangeBackupAtCompletion: true,
  /** "A cluster's last backup" that retention never purges: its newest READY backup (`ready` is oldest first). */
  lastBackup: <T>(ready: readonly T[]): T | undefined => ready[ready.length - 1],
  /** Backups of a deleted cluster keep that cluster's retention policy. */
  deletedClusterKeepsRetention: true,
  /** Unknown input members are ignored, as many AWS JSON services do (cloudhsmv2-api.md §7.2). */
  ignoreUnknownMembers: true,
  /** DeleteHsm needs exactly one of HsmId, EniId, EniIp ("You need to specify only one of these values"; zero or
   * several: observed §7.3 NONE). */
  deleteHsmExactlyOneSelector: true,
  /** InitializeCluster needs an ACTIVE HSM in the cluster as well as the CSR: initialize-cluster.md has you "create
   * your cluster and add your hardware security module (HSM)" first, and the CSR stays on the cluster when that HSM
   * is deleted before initialization (nothing shows what AWS does then). false: the CSR alone suffices. */
  initializeNeedsActiveHsm: true,
  /** HSM states DeleteHsm accepts (observed §7.3 hints creation must finish first). */
  deletableHsmStates: ["ACTIVE", "DEGRADED"] as readonly string[],
  /** Backup states ModifyBackupAttributes accepts (observed §3 "Emulator"). */
  modifiableBackupStates: ["READY"] as readonly string[],
  /** Resource types PutResourcePolicy accepts (the docs describe backups only). */
  policyResourceTypes: ["backup"] as readonly string[],
  /** PutResourcePolicy on a backup whose share was promoted: the new policy's share starts unpromoted, so
   * DescribeBackups `Shared` stops listing the backup until it is promoted again. RAM makes a CREATED_FROM_POLICY
   * share "when you attach a resource-based policy" (API_PromoteResourceShareCreatedFromPolicy), and a replaced policy
   * may name other accounts than the promoted one did: no account is listed without a promotion of the policy that
   * names it. true: a replaced policy keeps the promotion. */
  replacedPolicyStaysPromoted: false,
  /** What DeleteResourcePolicy answers as `Policy` when there was none (GetResourcePolicy's observed "{}"). */
  emptyPolicy: "{}",
  /** Wire-level statuses where AWS JSON services' behaviour is only known by analogy (observed §8). */
  protocol: { wrongPath: 404, wrongMethod: 405, unsupportedMediaType: 404, bodyTooLarge: 413 },
  /** Request media types accepted besides the documented `application/x-amz-json-1.1`: the awsJson 1.0 type and
   * plain `application/json` (what generic HTTP clients send); anything else → `protocol.unsupportedMediaType`. */
  acceptedMediaTypes: [
    "application/x-amz-json-1.1",
    "application/x-amz-json-1.0",
    "application/json",
  ] as readonly string[],
  /** A request without Content-Type is read as JSON (SDKs always send one; curl users often do not). */
  acceptMissingContentType: true,
  /** The body of an output with no members (TagResource, UntagResource): `{}`. Their API reference pages carry the
   * generic sentence "an HTTP 200 response with an empty HTTP body", no capture shows either form, and every AWS SDK
   * reads both; `{}` is what Smithy awsJson servers write for an empty structure. Set to "" for an empty body.
   * Conformance reports the difference as advisory (WIRE-EMPTYOUT-001). */
  emptyOutputBody: "{}",
  /** A member of the wrong JSON type (a number for a string, a string for a list) cannot be deserialized:
   * 400 SerializationException, as AWS JSON services answer (observed §8, by analogy), rather than a validation
   * error. false: report it with the constraint violations as CloudHsmInvalidRequestException. */
  wrongJsonTypeIsSerializationError: true,
  /** A backup that becomes DELETED (its 7-day window over) loses its DeleteTimestamp, as a restored one does
   * (nothing shows whether AWS keeps it on a DELETED backup). true: keep it. */
  deletedBackupKeepsDeleteTimestamp: false,
  /** A copy of a copy (the source has no ClusterId) has no SourceCluster: the field names the cluster of the backup
   * copied, and that backup belongs to none (nothing shows whether AWS carries the original cluster along). true:
   * carry the source's own SourceCluster along. */
  copyOfCopyKeepsSourceCluster: false,
  /** DescribeBackups and DescribeClusters check the values of their `states` filter against the model's
   * BackupState / ClusterState enums (the model types filter values as plain strings). */
  checkStatesFilterValues: true,
  /** DeleteCluster's reply keeps a non-empty TagList (recorded replies, of untagged clusters, leave it out). */
  deleteClusterReplyKeepsTags: true,
  /** The i-th subnet given to CreateCluster is placed in Availability Zone `<region>` + "abcdef…"[i]. */
  availabilityZoneLetters: "abcdefghij",
} as const;

/*
 * Tags (src/services/cloudhsmv2/domain/tags.ts `normaliseTagList`, `untagResource`): duplicate keys in one TagList collapse, the last
 * value winning; untagging a key the resource does not have is a no-op (observed §4 "Emulator").
 *
 * Sharing (src/services/cloudhsmv2/domain/policies.ts `principalsOf`): a policy shares a backup with the accounts named in its Allow
 * statements' `Principal.AWS` (an ARN or 12 digits; "*" for everyone). Actions are not evaluated: any such policy lets
 * those accounts create clusters from the backup by ARN. DescribeBackups `Shared` lists it for them only once the
 * policy's share is promoted (control API `resource-shares/promote`, standing in for RAM; src/services/cloudhsmv2/domain/resource-shares.ts).
 */

/** A value quoted in a message, cut to UNDOC.maxEchoedValueChars. */
function quoted(value: string): string {
  const max = UNDOC.maxEchoedValueChars;
  return value.length <= max ? value : `${value.slice(0, max)}… (${value.length - max} more characters)`;
}

/** Errors chosen where AWS's error type is unobserved (all 400 CloudHsmInvalidRequestException unless stated). */
export const UNDOC_MESSAGES = {
  sameRegionCopy: (region: string) => `Destination region ${region} is the region of the source backup.`,
  crossPartitionCopy: (from: string, to: string) =>
    `Backups cannot be copied between partitions (${from} to ${to}): backups cannot be copied between AWS restricted regions and standard regions.`,
  unservedRegion: (region: string) => `Region ${region} is not a region where CloudHSM is available.`,
  wrongBackupState: (id: string, state: string, wanted: string) =>
    `Backup ${id} is in state ${state}; the operation requires a backup in state ${wanted}.`,
  badNextToken: "The NextToken is not valid for this request.",
  unknownFilter: (key: string, allowed: readonly string[]) =>
    `Filter key '${quoted(key)}' is not supported; supported keys: ${allowed.join(", ")}.`,
  badFilterValue: (key: string, value: string, expected: string) =>
    `Filter '${key}' value '${quoted(value)}' ${expected}.`,
} as const;

/** The error each undocumented refusal raises (cloudhsmv2-api.md §7; observed-aws-behaviour.md §1–§4, §8). */
export const UNDOC_ERRORS = {
  /** Model-constraint violations (§7.1): the only modelled validation-type error. */
  validation: (message: string) => new CloudHsmInvalidRequestException(message),
  /** A call the service refuses for the state it finds: same-region or cross-partition copy, a source that is not
   * READY, Restore/Delete/Modify in the wrong state, retention outside 7–379 (§7.3). */
  refused: (message: string) => new CloudHsmInvalidRequestException(message),
  /** A resource that would exceed 50 tags (§7.4; the error only TagResource declares). */
  tagLimit: (message: string) => new CloudHsmResourceLimitExceededException(message),
  /** A tag key with the reserved prefix (§7.4). */
  reservedTag: (message: string) => new CloudHsmInvalidRequestException(message),
  /** An invalid, tampered or foreign NextToken (§7.5). */
  badToken: () => new CloudHsmInvalidRequestException(UNDOC_MESSAGES.badNextToken),
  /** Another account's backup named without being shared, so its existence does not leak. */
  hiddenBackup: (id: string) => new CloudHsmResourceNotFoundException(`Backup '${id}' does not exist.`),
  /** A resource policy on someone else's backup ("you must own it"). */
  notOwner: (message: string) => new CloudHsmAccessDeniedException(message),
  /** A strict-mode key used outside its regions (IAM denial; the modelled access-denied error). */
  regionDenied: (message: string) => new CloudHsmAccessDeniedException(message),
} as const;

export const DAY_SECONDS = DAY;
