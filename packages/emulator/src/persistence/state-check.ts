import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import type { SpecDocument } from "../dispatch/validate.js";
import { EVENT_KINDS } from "../domain/events.js";
import type { Backup, Cluster } from "../domain/types.js";
import { excerpt } from "../protocol/json-limits.js";
import { DELAY_NAMES } from "../timings/profiles.js";
import { STATE_FORMAT, STATE_VERSION, type StateDocument } from "./state.js";
import { consistencyProblem } from "./state-consistency.js";

/**
 * The whole check of a state document, done before an import touches anything. Records are checked against the
 * spec's own shapes (`Backup`, `Cluster`, `Hsm`, `Tag`, … from the bundled spec), with every member the emulator
 * relies on required (the non-optional members of src/domain/types.ts); then what no schema can say: one namespace
 * per account and region, unique backup and cluster IDs, each backup's ARN naming its namespace, an HSM's
 * `ClusterId` naming its cluster, `DeleteTimestamp` exactly when `PENDING_DELETION`, a promoted share only for a
 * backup with a policy.
 *
 * Three model constraints that the emulator's (and AWS's) real records do not meet are relaxed, as for replies
 * (cloudhsmv2-api.md §3.3; README "Not modelled"): `TagList` may be empty, `VpcId` has 8 or 17 hex digits, and a
 * `BackupArn` may be in the `aws-cn` partition.
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

const spec = (name: string) => ({ $ref: `spec#/components/schemas/${name}` });
const string = { type: "string" };
const number = { type: "number" };

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
    required: ["format", "version", "now", "clockOffsetMs", "settings", "copyFaults", "events", "namespaces"],
    properties: {
      format: { const: STATE_FORMAT },
      version: { const: STATE_VERSION },
      now: number,
      clockOffsetMs: number,
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
          required: ["at", "seq", "kind", "account", "region", "id"],
          properties: {
            at: number,
            seq: { type: "integer", minimum: 0 },
            kind: { enum: EVENT_KINDS },
            account: spec("AccountId"),
            region: spec("Region"),
            id: string,
          },
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

/** The spec's schemas with the relaxations above, plus the account ID the store keys namespaces by. */
function relaxedSchemas(doc: SpecDocument): Record<string, unknown> {
  const schemas = structuredClone(doc.components.schemas) as Record<string, Record<string, unknown>>;
  delete schemas.TagList?.minItems;
  if (schemas.VpcId) {
    schemas.VpcId.pattern = "^vpc-[0-9a-fA-F]{8,17}$";
  }
  if (typeof schemas.BackupArn?.pattern === "string") {
    schemas.BackupArn.pattern = schemas.BackupArn.pattern.replace("arn:aws(-(us-gov))?:", "arn:aws(-(us-gov|cn))?:");
  }
  schemas.AccountId = { type: "string", pattern: "^\\d{12}$" };
  return schemas;
}

const describe = (errors: ErrorObject[]) =>
  errors
    .slice(0, 5)
    .map(
      (e) =>
        `${e.instancePath || "/"} ${e.message ?? e.keyword}${e.keyword === "const" ? ` ${excerpt(e.params.allowedValue, 80)}` : ""}`,
    )
    .join("; ");

/** A checker for state documents; returns why a document cannot be imported, or undefined when it can. */
export function createStateChecker(doc: SpecDocument): (state: unknown) => string | undefined {
  const ajv = new Ajv2020({ allErrors: false, strict: false, validateFormats: false });
  ajv.addSchema({ $id: "spec", components: { schemas: relaxedSchemas(doc) } });
  const validate = ajv.compile(documentSchema());
  return (state) => {
    if (!validate(state)) {
      return `the document does not have the state document's shape: ${describe(validate.errors ?? [])}.`;
    }
    return consistencyProblem(state as unknown as StateDocument);
  };
}
