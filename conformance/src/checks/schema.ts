import type { CheckContext } from "../harness/context.js";
import { CheckFailed } from "../harness/failure.js";
import { attempt } from "../harness/service-error.js";
import { clientErrorsOf } from "../harness/spec-document.js";
import { C } from "../registry/citations.js";
import type { Capability } from "../registry/types.js";
import { expectDefined } from "./assert.js";
import { clusterFrom } from "./create-cluster.js";
import { type Declared, defineGroup } from "./define.js";
import { UNKNOWN_BACKUP_ID } from "./shared.js";
import { sharePolicy } from "./sharing.js";

/**
 * One check per operation the suite can call successfully: the call is made and its reply validated against
 * `<Operation>Response` (every reply of every check is validated the same way; these make sure each operation is
 * covered at least once).
 */
function schemaCheck(operation: string, needs: Capability[], call: (t: CheckContext) => Promise<unknown>): Declared {
  return {
    id: `SCHEMA-${operation.replace(/([a-z])([A-Z])/g, "$1-$2").toUpperCase()}-001`,
    level: "required",
    title: `${operation} replies match the spec`,
    asserts: `A successful ${operation} reply validates against ${operation}Response in the project's OpenAPI document (types, enums, patterns, required members).`,
    citations: [C.responseJson, C.model],
    needs,
    async run(t) {
      await call(t);
    },
  };
}

export const schemaChecks = defineGroup("schema", [
  schemaCheck("DescribeBackups", ["ready-backup"], async (t) => {
    const backup = await t.fixtures.readyBackup();
    const out = await t.client().describeBackups({ Filters: { backupIds: [backup.BackupId] } });
    expectDefined("the backup listed", out.Backups?.[0]);
  }),
  schemaCheck("DescribeClusters", [], (t) => t.client().describeClusters({})),
  schemaCheck("ListTags", ["ready-backup"], async (t) => {
    const backup = await t.fixtures.disposableBackup(t.regions.primary, [{ Key: "conformance-schema", Value: "x" }]);
    await t.client().listTags({ ResourceId: backup.BackupId });
  }),
  schemaCheck("TagResource", ["ready-backup"], async (t) => {
    const backup = await t.fixtures.disposableBackup();
    await t.client().tagResource({ ResourceId: backup.BackupId, TagList: [{ Key: "conformance-schema", Value: "" }] });
  }),
  schemaCheck("UntagResource", ["ready-backup"], async (t) => {
    const backup = await t.fixtures.disposableBackup();
    await t.client().untagResource({ ResourceId: backup.BackupId, TagKeyList: ["conformance-schema"] });
  }),
  schemaCheck("CopyBackupToRegion", ["ready-backup", "second-region"], async (t) => {
    const backup = await t.fixtures.readyBackup();
    await t.fixtures.copy(backup.BackupId, t.regions.primary, t.region("second"));
  }),
  schemaCheck("DeleteBackup", ["ready-backup"], async (t) => {
    const backup = await t.fixtures.disposableBackup();
    await t.client().deleteBackup({ BackupId: backup.BackupId });
  }),
  schemaCheck("RestoreBackup", ["ready-backup"], async (t) => {
    const backup = await t.fixtures.disposableBackup();
    await t.client().deleteBackup({ BackupId: backup.BackupId });
    await t.client().restoreBackup({ BackupId: backup.BackupId });
  }),
  schemaCheck("ModifyBackupAttributes", ["ready-backup"], async (t) => {
    const backup = await t.fixtures.disposableBackup();
    await t.client().modifyBackupAttributes({ BackupId: backup.BackupId, NeverExpires: true });
  }),
  schemaCheck("PutResourcePolicy", ["ready-backup"], async (t) => {
    const backup = await t.fixtures.disposableBackup();
    const arn = expectDefined("BackupArn", backup.BackupArn);
    await t.client().putResourcePolicy({ ResourceArn: arn, Policy: sharePolicy("111122223333", arn) });
    t.cleanups.push("delete the policy", () => t.client().deleteResourcePolicy({ ResourceArn: arn }));
  }),
  schemaCheck("GetResourcePolicy", ["ready-backup"], async (t) => {
    const backup = await t.fixtures.disposableBackup();
    await t.client().getResourcePolicy({ ResourceArn: expectDefined("BackupArn", backup.BackupArn) });
  }),
  schemaCheck("DeleteResourcePolicy", ["ready-backup"], async (t) => {
    const backup = await t.fixtures.disposableBackup();
    const arn = expectDefined("BackupArn", backup.BackupArn);
    await t.client().putResourcePolicy({ ResourceArn: arn, Policy: sharePolicy("111122223333", arn) });
    await t.client().deleteResourcePolicy({ ResourceArn: arn });
  }),
  schemaCheck("CreateCluster", ["ready-backup", "billable"], async (t) => {
    const backup = await t.fixtures.readyBackup();
    await clusterFrom(t, backup.BackupId, backup);
  }),
  schemaCheck("ModifyCluster", ["control"], async (t) => {
    const cluster = await t.fixtures.activeCluster();
    const clusterId = expectDefined("ClusterId", cluster.ClusterId);
    await t.client().modifyCluster({
      ClusterId: clusterId,
      BackupRetentionPolicy: cluster.BackupRetentionPolicy ?? { Type: "DAYS", Value: "90" },
    });
  }),
  {
    id: "SCHEMA-ERROR-001",
    level: "required",
    title: "Error replies match the spec's error shapes",
    asserts:
      "A CloudHsmResourceNotFoundException reply (DeleteBackup of an unknown backup) validates against its schema: __type and, when present, Message are strings.",
    citations: [C.jsonErrorType, C.model],
    needs: [],
    async run(t) {
      // Every reply is validated as it arrives; this makes sure an error reply with a modelled shape is among them.
      const outcome = await attempt(() => t.client().deleteBackup({ BackupId: UNKNOWN_BACKUP_ID }));
      if (outcome.ok) {
        throw new CheckFailed("DeleteBackup of an unknown backup succeeded");
      }
      const { name, status } = outcome.error;
      const modelled = clientErrorsOf("DeleteBackup");
      if (!modelled.includes(name)) {
        throw new CheckFailed(
          `DeleteBackup of an unknown backup answered HTTP ${status ?? "?"} ${name}, not one of the errors the model gives DeleteBackup (${modelled.join(", ")}), so there is no error shape to check it against`,
        );
      }
    },
  },
]);
