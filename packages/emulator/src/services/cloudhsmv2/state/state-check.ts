import { createSchemaValidator, type OpenApiDocument, relaxForReplies } from "@cloudhsm-kit/spec/validation";
import { shapeProblem } from "../../../core/state/state-check.js";
import type { Backup, Cluster } from "../store/records.js";
import { DELAY_NAMES } from "../timings/profiles.js";
import { consistencyProblem } from "./state-consistency.js";
import type { StateDocument } from "./state-members.js";

/**
 * CloudHSM v2's check of a state document, done before an import touches anything and after the core's
 * (src/core/state/state-check.ts): its settings, copy faults and namespaces, and the account and region of the
 * pending events (all of them CloudHSM's while it is the only service). Records are checked against the spec's
 * own shapes (`Backup`, `Cluster`, `Hsm`, `Tag`, … from the bundled spec), with every member the emulator relies on
 * required (the non-optional members of src/services/cloudhsmv2/store/records.ts); then what no schema can say: one
 * namespace per account and region, unique backup and cluster IDs, each backup's ARN naming its namespace, an HSM's
 * `ClusterId` naming its cluster, `DeleteTimestamp` exactly when `PENDING_DELETION`, a promoted share only for a backup
 * with a policy.
 *
 * Records are kept in reply shape, so the model constraints that real records do not meet are relaxed exactly as for
 * replies: the one list of reply relaxations, `REPLY_RELAXATIONS` of `@cloudhsm-kit/spec/validation` (empty lists, real
 * VPC IDs, China-partition ARNs, null NextToken).
 */
const BACKUP_REQUIRED: (keyof Backup)[] = [
  "BackupId",
  "BackupArn",
  "BackupState",
  "CreateTimestamp",
  "NeverExpires",
  "TagList",
];
const CLUSTER_REQUIRED: (keyof Cluster)[] = [
  "BackupPolicy",
  "BackupRetentionPolicy",
  "ClusterId",
  "CreateTimestamp",
  "Hsms",
  "HsmType",
  "SecurityGroup",
  "State",
  "SubnetMapping",
  "VpcId",
  "NetworkType",
  "Certificates",
  "TagList",
  "Mode",
];
const HSM_REQUIRED = ["AvailabilityZone", "ClusterId", "SubnetId", "EniId", "EniIp", "HsmId", "HsmType", "State"];

const spec = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const string = { type: "string" };

function documentSchema() {
  const record = (name: string, required: readonly string[]) => ({ allOf: [spec(name), { required }] });
  const cluster = {
    allOf: [
      record("Cluster", CLUSTER_REQUIRED),
      { properties: { Hsms: { type: "array", items: record("Hsm", HSM_REQUIRED) } } },
    ],
  };
  return {
    type: "object",
    required: ["settings", "copyFaults", "namespaces"],
    properties: {
      settings: {
        type: "object",
        required: ["delays", "legacyClusterIdCopy"],
        additionalProperties: false,
        properties: {
          delays: {
            type: "object",
            propertyNames: { enum: DELAY_NAMES },
            additionalProperties: { type: "number", minimum: 0 },
          },
          legacyClusterIdCopy: { type: "boolean" },
        },
      },
      copyFaults: {
        type: "array",
        items: {
          type: "object",
          required: ["FaultId"],
          additionalProperties: false,
          properties: { FaultId: string, BackupId: spec("BackupId"), DestinationRegion: spec("Region") },
        },
      },
      events: {
        type: "array",
        items: {
          type: "object",
          properties: { account: spec("AccountId"), region: spec("Region") },
        },
      },
      namespaces: {
        type: "array",
        items: {
          type: "object",
          required: ["account", "region", "backups", "clusters", "retiredClusters", "policies"],
          properties: {
            account: spec("AccountId"),
            region: spec("Region"),
            backups: { type: "array", items: record("Backup", BACKUP_REQUIRED) },
            clusters: { type: "array", items: cluster },
            retiredClusters: { type: "array", items: cluster },
            policies: { type: "object", propertyNames: spec("BackupId"), additionalProperties: string },
            promotedShares: { type: "array", uniqueItems: true, items: spec("BackupId") },
          },
        },
      },
    },
  };
}

/** The account ID the store keys namespaces by (no CloudHSM shape has it alone). */
const ACCOUNT_ID = { type: "string", pattern: "^\\d{12}$" };

/** A checker for state documents; returns why a document cannot be imported, or undefined when it can. */
export function createStateChecker(doc: OpenApiDocument): (state: unknown) => string | undefined {
  const schemas = { ...relaxForReplies(doc.components.schemas), AccountId: ACCOUNT_ID };
  const validate = createSchemaValidator(schemas, { allErrors: false }).compile(documentSchema());
  return (state) => {
    if (!validate(state)) {
      return shapeProblem(validate.errors ?? []);
    }
    return consistencyProblem(state as unknown as StateDocument);
  };
}
