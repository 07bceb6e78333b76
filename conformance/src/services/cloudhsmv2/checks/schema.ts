import { expectDefined } from "../../../harness/assert.js";
import { CheckFailed } from "../../../harness/failure.js";
import { schemaFailure } from "../../../harness/observe.js";
import { attempt } from "../../../harness/service-error.js";
import { clientErrorsOf } from "../../../harness/spec-document.js";
import type { Capability } from "../../../registry/types.js";
import { C } from "../citations.js";
import type { Check, CloudHsmContext } from "../context.js";
import { addHsm, clusterFrom, zonesOf } from "../fixtures/clusters.js";
import { UNKNOWN_BACKUP_ID } from "../fixtures/refusals.js";
import { sharePolicy } from "../fixtures/share-policy.js";

/** Fails with the SCHEMA verdict on the run's replies to `operation` (every error reply for `undefined`). */
function failOnViolations(t: CloudHsmContext, operation: string | undefined): void {
  const failure = schemaFailure(t.target.violations, operation);
  if (failure) {
    throw new CheckFailed(failure);
  }
}

const idOf = (operation: string) => `SCHEMA-${operation.replace(/([a-z])([A-Z])/g, "$1-$2").toUpperCase()}-001`;

/**
 * One check per operation: the call is made and every successful reply to that operation in the run (this check's
 * and those other checks received) is validated against `<Operation>Response`. A reply that breaks the spec is
 * reported here, once for its operation; the check that received it shows it as evidence.
 */
function schemaCheck(operation: string, needs: Capability[], call: (t: CloudHsmContext) => Promise<unknown>): Check {
  return {
    id: idOf(operation),
    level: "required",
    title: `${operation} replies match the spec`,
    asserts: `Every successful ${operation} reply of the run (at least the one this check asks for) validates against ${operation}Response in the project's OpenAPI document (types, enums, patterns, required members).`,
    citations: [C.responseJson, C.model],
    needs,
    judgeRun: (violations) => schemaFailure(violations, operation),
    async run(t) {
      await call(t);
      failOnViolations(t, operation);
    },
  };
}

export const schemaChecks: readonly Check[] = [
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
    await t.copies.copy(backup.BackupId, t.regions.primary, t.region("second"));
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
  schemaCheck("ModifyCluster", ["billable"], async (t) => {
    const cluster = await t.clusters.activeCluster();
    const clusterId = expectDefined("ClusterId", cluster.ClusterId);
    await t.client().modifyCluster({
      ClusterId: clusterId,
      BackupRetentionPolicy: cluster.BackupRetentionPolicy ?? { Type: "DAYS", Value: "90" },
    });
  }),
  schemaCheck("CreateHsm", ["billable"], async (t) => {
    const cluster = await t.clusters.plainCluster();
    await t.client().createHsm({
      ClusterId: cluster.ClusterId as string,
      AvailabilityZone: zonesOf(cluster, t.regions.primary)[0] as string,
    });
  }),
  schemaCheck("DeleteHsm", ["billable"], async (t) => {
    const cluster = await t.clusters.plainCluster();
    const hsm = await addHsm(t, cluster, t.regions.primary);
    await t.client().deleteHsm({ ClusterId: cluster.ClusterId as string, HsmId: hsm.HsmId });
  }),
  schemaCheck("InitializeCluster", ["billable"], (t) => t.clusters.initializedCluster()),
  schemaCheck("DeleteCluster", ["billable"], async (t) => {
    const cluster = await t.clusters.plainCluster();
    await t.client().deleteCluster({ ClusterId: cluster.ClusterId as string });
  }),
  {
    id: "SCHEMA-ERROR-001",
    level: "required",
    title: "Error replies match the spec's error shapes",
    asserts:
      "A CloudHsmResourceNotFoundException reply (DeleteBackup of an unknown backup), and every other error reply of the run, validates against its schema: __type and, when present, Message are strings.",
    citations: [C.jsonErrorType, C.model],
    needs: [],
    judgeRun: (violations) => schemaFailure(violations, undefined),
    async run(t) {
      // Every reply is validated as it arrives; this makes sure a modelled error reply is among them.
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
      failOnViolations(t, undefined);
    },
  },
];
