/**
 * What the normaliser and the comparator need to know about CloudHSM v2 reply members, by member name. Every reply
 * shape of the API (spec `components.schemas`, AWS's model `service-2.json`) uses each of these names with one
 * meaning only, so the name is enough; `members.test.ts` checks these lists against the spec in both directions.
 */

/** Members whose schema is `Timestamp` (epoch seconds on the wire). */
export const TIMESTAMP_MEMBERS: ReadonlySet<string> = new Set([
  "CreateTimestamp",
  "CopyTimestamp",
  "DeleteTimestamp",
  "HsmTypeRollbackExpiration",
]);

/**
 * Members whose schema is an enum: `BackupState`, `State` (ClusterState, HsmState), `Mode` (ClusterMode),
 * `BackupPolicy`, `Type` (BackupRetentionType) and `NetworkType`. Their values are compared, not just their type.
 */
export const ENUM_MEMBERS: ReadonlySet<string> = new Set([
  "BackupState",
  "State",
  "Mode",
  "BackupPolicy",
  "Type",
  "NetworkType",
]);

/** Members whose schema is a map (`ExternalSubnetMapping`): their keys are data, not member names. */
export const MAP_MEMBERS: ReadonlySet<string> = new Set(["SubnetMapping"]);

/** Members holding an opaque paging token. */
export const TOKEN_MEMBERS: ReadonlySet<string> = new Set(["NextToken"]);

/** The reply headers a recording keeps (lower case). */
export const RECORDED_HEADERS = ["content-type", "x-amzn-requestid", "x-amzn-errortype"] as const;

/** Header members holding a request id. */
export const REQUEST_ID_MEMBERS: ReadonlySet<string> = new Set(["x-amzn-requestid"]);

/** Whether a member is an ARN, whose form (template) is compared as well as its references. */
export const isArnMember = (name: string): boolean => name.endsWith("Arn");
